import type { MouseEvent } from 'react';
import type { Session } from '../../../preload/contract';
import { href } from '../shell/useRoute';
import { AboutSection } from './settings/AboutSection';
import { AppearanceSection } from './settings/AppearanceSection';
import { DataSection } from './settings/DataSection';
import { GeneralSection } from './settings/GeneralSection';
import { RemindersSection } from './settings/RemindersSection';
import { SECTIONS, sectionId, sectionTitleId, type SectionKey } from './settings/Section';
import { SecuritySection } from './settings/SecuritySection';
import './settings/settings.css';
import { ViewHeader } from '../components/ViewHeader';

export function Settings({
  session,
  onSessionChange,
}: {
  session: Session;
  onSessionChange: (session: Session | null) => void;
}) {
  return (
    <article className="view settings">
      <ViewHeader title="Settings" />
      <SettingsIndex />
      <GeneralSection />
      <AppearanceSection />
      <SecuritySection session={session} onSessionChange={onSessionChange} />
      <RemindersSection />
      <DataSection />
      <AboutSection />
    </article>
  );
}

/**
 * The index of sections. The journal's routes live in the address's hash, so a link can't jump by fragment: it
 * scrolls to its section and moves focus to the section's heading, where Tab carries on.
 */
function SettingsIndex() {
  const jump = (event: MouseEvent<HTMLAnchorElement>, key: SectionKey) => {
    event.preventDefault();
    const section = document.getElementById(sectionId(key));
    if (!section) return;
    // Only the view's own scroller moves: scrollIntoView would also shift the whole window when the last
    // section can't reach the top, leaving the navigation half out of sight.
    const scroller = scrollerOf(section);
    if (scroller) {
      const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
      const top =
        section.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - margin;
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      scroller.scrollTo({ top, behavior: reduce ? 'auto' : 'smooth' });
    }
    document.getElementById(sectionTitleId(key))?.focus({ preventScroll: true });
  };
  return (
    <nav className="settings-index" aria-label="Settings sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <a href={href({ name: 'settings' })} onClick={(event) => jump(event, section.key)}>
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}
