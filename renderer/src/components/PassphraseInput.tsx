import { useState, type KeyboardEvent, type Ref } from 'react';
import './passphrase-input.css';
import { Button } from './Button';

/**
 * A passphrase box with a switch to show what was typed (a long passphrase is easy to mistype unseen, and the
 * person decides whether anyone is looking over their shoulder) and a warning while Caps Lock is on, the most
 * common reason a right passphrase fails. Label it with a <label htmlFor={id}> as any input.
 */
export function PassphraseInput({
  id,
  value,
  onChange,
  autoComplete,
  inputRef,
  autoFocus,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  describedBy?: string;
  invalid?: boolean;
}) {
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const readCapsLock = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));
  const capsId = `${id}-caps`;
  const described = [describedBy, capsLock ? capsId : undefined].filter(Boolean).join(' ');

  return (
    <div className="passphrase-input">
      <input
        id={id}
        ref={inputRef}
        type={shown ? 'text' : 'password'}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={readCapsLock}
        onKeyUp={readCapsLock}
        onBlur={() => setCapsLock(false)}
        aria-describedby={described || undefined}
        aria-invalid={invalid || undefined}
      />
      <Button
        variant="secondary"
        className="passphrase-toggle"
        aria-pressed={shown}
        aria-controls={id}
        onClick={() => setShown((was) => !was)}
      >
        Show<span className="visually-hidden"> passphrase</span>
      </Button>
      <div id={capsId} className="caps-lock" aria-live="polite">
        {capsLock && <p className="hint hint-warn">Caps Lock is on.</p>}
      </div>
    </div>
  );
}
