import { useRef, useState } from 'react';
import type { CardSummary } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { haven } from '../../haven';
import { href } from '../../shell/useRoute';
import { rangeText } from '../patterns/period';
import { NewCardDialog } from './NewCardDialog';
import { THRESHOLD_LABELS } from './words';
import '../manage/manage.css';
import '../patterns/patterns.css';
import './conversation.css';
import { useAnswer } from '../../useAnswer';
import { Button } from '../../components/Button';
import { ViewHeader } from '../../components/ViewHeader';

/** Conversation cards: what a person chose to bring to a talk, written as I-statements. Newest first. */
export function ConversationView() {
  const [cards, setCards] = useState<CardSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);

  useAnswer(() => haven().cards.list(), setCards, setError, []);

  return (
    <article className="view conversation-view manage-view">
      <ViewHeader
        title="Conversation"
        note="Gather one to three things into a card, in your own words, before you talk. A short window, one speaker at a time, and no fixing until you both feel heard."
        actions={
          <Button ref={newButton} variant="primary" onClick={() => setCreating(true)}>
            New card
          </Button>
        }
      />
      {error && <Notice kind="error">{error}</Notice>}
      {cards && cards.length === 0 && (
        <p className="empty">No cards yet. “New card” starts one from a period’s insights or from entries you pick.</p>
      )}
      {cards && cards.length > 0 && (
        <ul className="entry-list" aria-label="Cards">
          {cards.map((card) => (
            <li key={card.id}>
              <a className="entry-card" href={href({ name: 'card', id: card.id })}>
                <span className="entry-card-title">{card.title || 'Conversation card'}</span>
                <span className="entry-card-meta">
                  {rangeText(card.from, card.to)}
                  {card.threshold ? ` · ${THRESHOLD_LABELS[card.threshold]}` : ''}
                </span>
                <span className="entry-card-excerpt">{card.excerpt || 'An empty card.'}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {creating && <NewCardDialog onClose={() => setCreating(false)} returnFocus={() => newButton.current?.focus()} />}
    </article>
  );
}
