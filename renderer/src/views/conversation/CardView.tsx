import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { Card, CardThreshold } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { coach } from '../../conversation/coach';
import { Dialog } from '../../components/Dialog';
import { EntryEditor } from '../../editor/EntryEditor';
import { SaveStatus } from '../../editor/SaveStatus';
import { haven } from '../../haven';
import { href, navigate } from '../../shell/useRoute';
import { rangeText } from '../patterns/period';
import { CoachList } from './CoachList';
import { ConversationMode } from './ConversationMode';
import { docText } from './docText';
import { useCardHighlights } from './useCardHighlights';
import { useCardSaver } from './useCardSaver';
import { THRESHOLD_LABELS } from './words';
import '../manage/manage.css';
import '../patterns/patterns.css';
import './conversation.css';
import { useAnswer } from '../../useAnswer';
import { Button } from '../../components/Button';
import { ViewHeader } from '../../components/ViewHeader';
import { Segmented } from '../../components/Segmented';

/** One conversation card: opened in the editor, coached, exported, and used in conversation mode. */
export function CardView({ id }: { id: string }) {
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);

  useAnswer(() => haven().cards.get({ id }), setCard, setError, [id]);

  if (!card)
    return (
      <article className="view">
        <h1 tabIndex={-1}>Conversation card</h1>
        {error ? <Notice kind="error">{error}</Notice> : <p className="hint">Loading…</p>}
      </article>
    );
  return <CardEditor card={card} />;
}

function CardEditor({ card }: { card: Card }) {
  const id = useId();
  const [title, setTitle] = useState(card.title);
  const [threshold, setThreshold] = useState<CardThreshold | null>(card.threshold);
  const [doc, setDoc] = useState(card.doc);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [talking, setTalking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { state, update, flush } = useCardSaver(card);
  const deferredDoc = useDeferredValue(doc);
  const marks = useMemo(() => coach(docText(deferredDoc)), [deferredDoc]);
  const surface = useRef<HTMLDivElement>(null);
  useCardHighlights(surface, deferredDoc);

  const exportAs = async (format: 'pdf' | 'markdown') => {
    setStatus('');
    setError(null);
    await flush();
    const result = await haven().cards.export({ id: card.id, format });
    if (!result.ok) {
      if (result.error.code !== 'cancelled') setError(result.error.message);
      return;
    }
    setStatus(result.value.path ? `Saved the card to ${result.value.path}` : 'Saved the card.');
  };

  const copy = async () => {
    setStatus('');
    setError(null);
    await flush();
    const result = await haven().cards.export({ id: card.id, format: 'text' });
    if (!result.ok) return setError(result.error.message);
    const copied = await haven().app.copy({ text: result.value.text });
    if (!copied.ok) return setError(copied.error.message);
    setStatus('Copied the card’s text. Only this card’s words were copied.');
  };

  const remove = async () => {
    setConfirming(false);
    await flush();
    const result = await haven().cards.delete({ id: card.id });
    if (!result.ok) return setError(result.error.message);
    navigate({ name: 'conversation' });
  };

  if (talking)
    return <ConversationMode title={title || 'Conversation card'} doc={doc} onLeave={() => setTalking(false)} />;

  return (
    <article className="view card-view manage-view">
      <ViewHeader
        title={title || 'Conversation card'}
        note={
          <>
            {rangeText(card.from, card.to)} · <a href={href({ name: 'conversation' })}>All cards</a>
          </>
        }
        actions={
          <>
            <Button
              variant="primary"
              onClick={() => {
                void flush();
                setTalking(true);
              }}
            >
              Start conversation
            </Button>
          </>
        }
      />

      {card.sources.length > 0 && (
        <div className="card-sources">
          <p className="hint">Drafted from what you picked, and nothing else:</p>
          <ul>
            {card.sources.map((source) => (
              <li key={`${source.kind}:${source.id}`}>
                {source.kind === 'insight' ? (
                  source.text
                ) : (
                  <a href={href({ name: 'entry', id: source.id })}>
                    {source.title || rangeText(source.date, source.date)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="manage-field">
        <label htmlFor={`${id}-title`}>Card title</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={200}
          onChange={(event) => {
            setTitle(event.target.value);
            update({ title: event.target.value });
          }}
          onBlur={() => void flush()}
        />
      </div>

      <div className="card-threshold">
        <span id={`${id}-threshold`} className="choice-label">
          When it needs attention
        </span>
        <Segmented
          labelledBy={`${id}-threshold`}
          options={(Object.keys(THRESHOLD_LABELS) as CardThreshold[]).map((value) => ({
            value,
            label: THRESHOLD_LABELS[value],
          }))}
          value={threshold}
          onChange={(value) => {
            setThreshold(value);
            update({ threshold: value });
          }}
        />
      </div>

      <div ref={surface} className="card-editor">
        <EntryEditor
          initialDoc={card.doc}
          placeholder="When …, I felt … What I needed was … One thing that would help: …"
          onChange={(next) => {
            setDoc(next);
            update({ doc: next });
          }}
          onBlur={() => void flush()}
        />
      </div>
      <SaveStatus state={state} />
      <CoachList marks={marks} />

      <section className="card-actions" aria-labelledby={`${id}-share`}>
        <h2 id={`${id}-share`}>Share this card</h2>
        <p className="hint">Only this card’s words leave Haven, to a place you pick.</p>
        <div className="button-row">
          <Button variant="secondary" onClick={() => void exportAs('pdf')}>
            Export PDF…
          </Button>
          <Button variant="secondary" onClick={() => void exportAs('markdown')}>
            Export Markdown…
          </Button>
          <Button variant="secondary" onClick={() => void copy()}>
            Copy text
          </Button>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Delete card…
          </Button>
        </div>
        <p role="status" className="hint card-status">
          {status}
        </p>
        {error && <Notice kind="error">{error}</Notice>}
      </section>
      {confirming && (
        <Dialog title="Delete this card?" onClose={() => setConfirming(false)}>
          <div className="dialog-body">
            <p className="hint">The card goes for good. The entries it was drafted from stay as they are.</p>
            <div className="button-row">
              <Button variant="danger" onClick={() => void remove()}>
                Delete card
              </Button>
              <Button variant="secondary" data-autofocus onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </div>
          </div>
        </Dialog>
      )}
    </article>
  );
}
