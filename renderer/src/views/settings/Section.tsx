import type { ReactNode } from 'react';

export type SectionKey = 'general' | 'appearance' | 'security' | 'reminders' | 'data' | 'about';

/** The sections of Settings in the order the index lists them (DESIGN §7). */
export const SECTIONS: readonly { key: SectionKey; title: string }[] = [
  { key: 'general', title: 'General' },
  { key: 'appearance', title: 'Appearance' },
  { key: 'security', title: 'Security' },
  { key: 'reminders', title: 'Reminders' },
  { key: 'data', title: 'Your data' },
  { key: 'about', title: 'About' },
];

export const sectionId = (key: SectionKey) => `settings-${key}`;
export const sectionTitleId = (key: SectionKey) => `settings-${key}-title`;

export type Message = { kind: 'info' | 'error'; text: string } | null;

/**
 * One section of Settings: a region named by its heading, which the index moves focus to (tabIndex -1), so a
 * keyboard or screen-reader user carries on from there.
 */
export function SettingsSection({
  section,
  className,
  busy,
  children,
}: {
  section: SectionKey;
  className?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  const title = SECTIONS.find((s) => s.key === section)?.title ?? section;
  return (
    <section
      id={sectionId(section)}
      className={`settings-section${className ? ` ${className}` : ''}`}
      aria-labelledby={sectionTitleId(section)}
      aria-busy={busy ? true : undefined}
    >
      <h2 id={sectionTitleId(section)} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A named part inside a section (Locking, Passphrase…): its own region, so it can be found by its name. */
export function SettingsPart({
  title,
  titleId,
  className,
  children,
}: {
  title: string;
  titleId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={`settings-part${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {children}
    </section>
  );
}
