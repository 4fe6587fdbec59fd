import { useId, useState } from 'react';
import type { Appearance } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import '../../editor/fields/fields.css';
import { useAppearance } from '../../shell/appearance';
import { SettingsSection, type Message } from './Section';
import { Segmented } from '../../components/Segmented';

type Choice<K extends keyof Appearance> = { value: Appearance[K]; label: string };

const THEME: Choice<'theme'>[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const TEXT_SIZE: Choice<'textSize'>[] = [
  { value: 'smaller', label: 'Smaller' },
  { value: 'standard', label: 'Standard' },
  { value: 'larger', label: 'Larger' },
];
const WRITING_FONT: Choice<'writingFont'>[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans' },
];
const LINE_WIDTH: Choice<'lineWidth'>[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'standard', label: 'Standard' },
  { value: 'wide', label: 'Wide' },
];

/**
 * How Haven looks on this computer, for every journal and the lock screen. Each choice shows at once; a quiet
 * "Saved." would only repeat what the person sees, so only a failure speaks.
 */
export function AppearanceSection() {
  const { appearance, change } = useAppearance();
  const [message, setMessage] = useState<Message>(null);
  const choose = <K extends keyof Appearance>(key: K, value: Appearance[K]) => {
    if (!appearance) return;
    void change({ ...appearance, [key]: value }).then((saved) =>
      setMessage(saved.ok ? null : { kind: 'error', text: saved.message }),
    );
  };
  return (
    <SettingsSection section="appearance">
      {appearance && (
        <>
          <ChoiceGroup
            label="Theme"
            hint="System follows your computer’s light or dark setting."
            choices={THEME}
            value={appearance.theme}
            onChoose={(value) => choose('theme', value)}
          />
          <ChoiceGroup
            label="Text size"
            hint="The size of the words you write and read back."
            choices={TEXT_SIZE}
            value={appearance.textSize}
            onChoose={(value) => choose('textSize', value)}
          />
          <ChoiceGroup
            label="Writing typeface"
            hint="Serif reads like a book; Sans matches the rest of Haven."
            choices={WRITING_FONT}
            value={appearance.writingFont}
            onChoose={(value) => choose('writingFont', value)}
          />
          <ChoiceGroup
            label="Line width"
            hint="How wide the page is. Shorter lines are easier to follow; wider ones show more at once."
            choices={LINE_WIDTH}
            value={appearance.lineWidth}
            onChoose={(value) => choose('lineWidth', value)}
          />
        </>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </SettingsSection>
  );
}

/** Native radios in a named group, in Haven's one look for a few choices: arrow keys move and choose. */
function ChoiceGroup<V extends string>({
  label,
  hint,
  choices,
  value,
  onChoose,
}: {
  label: string;
  hint: string;
  choices: { value: V; label: string }[];
  value: V;
  onChoose: (value: V) => void;
}) {
  const id = useId();
  return (
    <div className="appearance-choice">
      <span id={`${id}-label`} className="appearance-label">
        {label}
      </span>
      <Segmented
        options={choices}
        value={value}
        onChange={onChoose}
        labelledBy={`${id}-label`}
        describedBy={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}
