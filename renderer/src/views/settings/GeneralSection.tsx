import { useEffect, useId, useState } from 'react';
import type { JournalSettings } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { haven } from '../../haven';
import { href } from '../../shell/useRoute';
import { SettingsPart, SettingsSection, type Message } from './Section';
import { ButtonLink } from '../../components/Button';
import { Select } from '../../components/Select';

/** How this journal counts its days, and the words and templates it offers. */
export function GeneralSection() {
  const id = useId();
  return (
    <SettingsSection section="general">
      <DayStart />
      <SettingsPart title="Your words and templates" titleId={`${id}-words`}>
        <p className="hint">
          Rename, merge, colour or archive your triggers, emotions, needs and tags, and shape the templates New entry
          offers.
        </p>
        <div className="button-row">
          <ButtonLink variant="secondary" href={href({ name: 'tags' })}>
            Manage tags
          </ButtonLink>
          <ButtonLink variant="secondary" href={href({ name: 'templates' })}>
            Manage templates
          </ButtonLink>
        </div>
      </SettingsPart>
    </SettingsSection>
  );
}

function DayStart() {
  const [settings, setSettings] = useState<JournalSettings | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const id = useId();
  useEffect(() => {
    void haven()
      .journal.settings()
      .then((result) => result.ok && setSettings(result.value));
  }, []);
  const update = async (next: JournalSettings) => {
    const result = await haven().journal.setSettings(next);
    if (result.ok) {
      setSettings(result.value);
      setMessage({ kind: 'info', text: 'Saved.' });
    } else setMessage({ kind: 'error', text: result.error.message });
  };
  const hour = (h: number) => (h === 0 ? 'Midnight' : `${h} am`);
  return (
    <SettingsPart title="Writing" titleId={`${id}-title`}>
      {settings && (
        <>
          <label htmlFor={`${id}-day`}>A new day starts at</label>
          <Select
            id={`${id}-day`}
            value={settings.dayStartsAtHour}
            onChange={(e) => void update({ dayStartsAtHour: Number(e.target.value) })}
            aria-describedby={`${id}-day-hint`}
          >
            {[0, 1, 2, 3, 4, 5, 6].map((h) => (
              <option key={h} value={h}>
                {hour(h)}
              </option>
            ))}
          </Select>
          <p id={`${id}-day-hint`} className="hint">
            Writing after midnight counts for the evening before, until this hour.
          </p>
        </>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </SettingsPart>
  );
}
