import { useId, useState } from 'react';
import type { Insight, PatternsPeriod } from '../../../../preload/contract';
import { haven } from '../../haven';
import { navigate } from '../../shell/useRoute';
import { Button } from '../../components/Button';

/**
 * What the period's numbers say, in words: worked out by rules on the main side, never by a model, and with no
 * claim about causes. Each opens the entries it speaks of, or starts a conversation card from it.
 */
export function Insights({
  insights,
  period,
  onDrill,
  onError,
}: {
  insights: Insight[];
  period: Required<PatternsPeriod>;
  onDrill: (insight: Insight) => void;
  onError: (message: string) => void;
}) {
  const id = useId();
  const [drafting, setDrafting] = useState<string | null>(null);
  const makeCard = async (insight: Insight) => {
    setDrafting(insight.id);
    const result = await haven().cards.draft({ ...period, insightIds: [insight.id], entryIds: [] });
    setDrafting(null);
    if (!result.ok) return onError(result.error.message);
    navigate({ name: 'card', id: result.value.id });
  };

  return (
    <section className="pattern-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>In words</h2>
      {insights.length === 0 ? (
        <p className="empty">Not enough in this period to say something worth saying. A longer period may help.</p>
      ) : (
        <ul className="insight-list" aria-label="Insights">
          {insights.map((insight, index) => (
            <li key={insight.id} className="insight">
              <p id={`${id}-${index}`} className="insight-text">
                {insight.text}
              </p>
              <div className="button-row">
                <Button variant="secondary" small aria-describedby={`${id}-${index}`} onClick={() => onDrill(insight)}>
                  Show its entries
                </Button>
                <Button
                  variant="secondary"
                  small
                  aria-describedby={`${id}-${index}`}
                  disabled={drafting !== null}
                  onClick={() => void makeCard(insight)}
                >
                  {drafting === insight.id ? 'Drafting a card…' : 'Make a conversation card'}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
