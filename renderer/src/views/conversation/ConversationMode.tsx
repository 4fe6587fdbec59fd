import { useEffect, useId, useRef, useState } from 'react';
import type { Entry } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { formatDate, haven, localDate } from '../../haven';
import { href } from '../../shell/useRoute';
import { docBlocks } from './docText';
import { REPAIR_VERSION, repairDoc } from './repairDoc';
import { Button } from '../../components/Button';
import { Segmented } from '../../components/Segmented';

const WINDOWS = [10, 15] as const;
type Phase = 'setup' | 'talking' | 'repair';
type Speaker = 'me' | 'partner';

export interface Repair {
  differently: string;
  thanks: string;
}

export const mmss = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/** A countdown that can pause: `endsAt` while running, `left` while paused. */
function useCountdown(minutes: number) {
  const [left, setLeft] = useState(minutes * 60_000);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= endsAt) {
        setEndsAt(null);
        setLeft(0);
      }
    }, 250);
    return () => clearInterval(timer);
  }, [endsAt]);
  const remaining = endsAt === null ? left : Math.max(0, endsAt - now);
  return {
    remaining,
    running: endsAt !== null,
    start: () => {
      setNow(Date.now());
      setEndsAt(Date.now() + remaining);
    },
    pause: () => {
      setLeft(remaining);
      setEndsAt(null);
    },
    reset: (nextMinutes: number) => {
      setEndsAt(null);
      setLeft(nextMinutes * 60_000);
    },
  };
}

/**
 * Conversation mode: the whole window for one card, a short disclosure window with a visible timer, one speaker at
 * a time with the listener summarizing before adding their own, pause and resume, and a closing repair ritual that
 * can be kept as an entry. Escape or "Leave conversation mode" goes back to the card.
 */
export function ConversationMode({ title, doc, onLeave }: { title: string; doc: string; onLeave: () => void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [phase, setPhase] = useState<Phase>('setup');
  const [minutes, setMinutes] = useState<(typeof WINDOWS)[number]>(10);
  const [speaker, setSpeaker] = useState<Speaker>('me');
  const [summarized, setSummarized] = useState(false);
  const [repair, setRepair] = useState<Repair>({ differently: '', thanks: '' });
  const [saved, setSaved] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const timer = useCountdown(minutes);
  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  });

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.conversationMode = 'on';
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      leave.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      delete root.dataset.conversationMode;
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const switchTurns = () => {
    setSpeaker((s) => (s === 'me' ? 'partner' : 'me'));
    setSummarized(false);
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    const result = await haven().entries.save({
      date: localDate(),
      title: `Repair after “${title}”`,
      template: 'repair',
      templateVersion: REPAIR_VERSION,
      doc: repairDoc(title, repair.differently, repair.thanks),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setSaved(result.value);
  };

  const blocks = docBlocks(doc).filter((block) => block.trim() !== '');
  const timeUp = phase === 'talking' && timer.remaining === 0;

  return (
    <article className="conversation-mode" aria-labelledby={`${id}-title`}>
      <header className="conversation-mode-header">
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
          Conversation: {title}
        </h1>
        <Button variant="secondary" onClick={onLeave} aria-keyshortcuts="Escape">
          Leave conversation mode
        </Button>
      </header>

      <div className="conversation-mode-body">
        <section className="conversation-card" aria-label="Your card">
          {blocks.length === 0 ? (
            <p className="empty">This card is empty.</p>
          ) : (
            blocks.map((b, i) => <p key={i}>{b}</p>)
          )}
        </section>

        <section className="conversation-panel" aria-labelledby={`${id}-panel`}>
          {phase === 'setup' && (
            <>
              <h2 id={`${id}-panel`}>Before you start</h2>
              <p className="hint">
                A short window helps: I-statements, no sarcasm, and no fixing until you both feel heard. Either of you
                can pause when feelings run high.
              </p>
              <span id={`${id}-window`} className="choice-label">
                Window
              </span>
              <Segmented
                labelledBy={`${id}-window`}
                options={WINDOWS.map((m) => ({ value: String(m), label: `${m} minutes` }))}
                value={String(minutes)}
                onChange={(value) => {
                  const m = Number(value) as (typeof WINDOWS)[number];
                  setMinutes(m);
                  timer.reset(m);
                }}
              />
              <span id={`${id}-first`} className="choice-label">
                Who speaks first
              </span>
              <Segmented
                labelledBy={`${id}-first`}
                options={[
                  { value: 'me', label: 'I do' },
                  { value: 'partner', label: 'My partner does' },
                ]}
                value={speaker}
                onChange={setSpeaker}
              />
              <Button
                variant="primary"
                className="align-start"
                onClick={() => {
                  setPhase('talking');
                  timer.start();
                }}
              >
                Start the timer
              </Button>
            </>
          )}

          {phase === 'talking' && (
            <>
              <h2 id={`${id}-panel`}>{speaker === 'me' ? 'You are speaking' : 'Your partner is speaking'}</h2>
              <p className="conversation-timer">
                <span role="timer" aria-live="off" aria-label="Time left" className="conversation-time">
                  {mmss(timer.remaining)}
                </span>
                <span className="hint">{timer.running ? 'left' : timeUp ? 'Time’s up' : 'Paused'}</span>
              </p>
              <div className="button-row">
                {timer.running ? (
                  <Button variant="secondary" onClick={timer.pause}>
                    Pause
                  </Button>
                ) : (
                  <Button variant="secondary" disabled={timeUp} onClick={timer.start}>
                    Resume
                  </Button>
                )}
              </div>
              {timeUp && (
                <p role="status" className="hint">
                  Time’s up. Finish the sentence you’re on, then close with repair, or agree on when to pick it up
                  again.
                </p>
              )}
              <div className="mirroring">
                <p className="hint">
                  {speaker === 'me' ? 'Your partner listens.' : 'You listen.'} Before the listener adds their own, they
                  summarize what they heard, until the speaker says “yes, that’s it”.
                </p>
                <label className="check-row">
                  <input type="checkbox" checked={summarized} onChange={(e) => setSummarized(e.target.checked)} />
                  I’ve summarized what I heard
                </label>
                <Button variant="secondary" className="align-start" disabled={!summarized} onClick={switchTurns}>
                  Switch turns
                </Button>
              </div>
              <Button
                variant="primary"
                className="align-start"
                onClick={() => {
                  timer.pause();
                  setPhase('repair');
                }}
              >
                Close with repair
              </Button>
            </>
          )}

          {phase === 'repair' && (
            <>
              <h2 id={`${id}-panel`}>Closing: a small repair</h2>
              <p className="hint">One concrete step forward, and thanks for staying in the conversation.</p>
              <div className="manage-field">
                <label htmlFor={`${id}-differently`}>What I will do differently next time</label>
                <textarea
                  id={`${id}-differently`}
                  rows={3}
                  value={repair.differently}
                  onChange={(e) => setRepair((r) => ({ ...r, differently: e.target.value }))}
                />
              </div>
              <div className="manage-field">
                <label htmlFor={`${id}-thanks`}>A thank-you</label>
                <textarea
                  id={`${id}-thanks`}
                  rows={3}
                  value={repair.thanks}
                  onChange={(e) => setRepair((r) => ({ ...r, thanks: e.target.value }))}
                />
              </div>
              <Button
                variant="primary"
                className="align-start"
                disabled={saving || saved !== null || (!repair.differently.trim() && !repair.thanks.trim())}
                onClick={() => void save()}
              >
                Save as entry
              </Button>
              {error && <Notice kind="error">{error}</Notice>}
              <p role="status" className="hint">
                {saved && (
                  <>
                    Saved as a Repair reflection in your journal, dated {formatDate(saved.date)}.{' '}
                    <a href={href({ name: 'entry', id: saved.id })}>Open the entry</a>
                  </>
                )}
              </p>
            </>
          )}
        </section>
      </div>
    </article>
  );
}
