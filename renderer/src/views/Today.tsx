import type { LexicalEditor } from 'lexical';
import { useRef, useState } from 'react';
import type { TodayOverview } from '../../../preload/contract';
import { findBuiltinTemplate } from '../../../resources/templates/builtin';
import { templateDoc } from '../../../resources/templates/document';
import { Notice } from '../components/Notice';
import { EntryList } from '../components/EntryList';
import { canOpen } from '../../../resources/document/readable';
import { EntryHost } from '../editor/EntryHost';
import { showUndo } from '../components/undo';
import { formatDate, haven } from '../haven';
import { TonightPrompt } from './TonightPrompt';
import { useAnswer } from '../useAnswer';
import { ViewHeader } from '../components/ViewHeader';
import { countOf } from '../../../resources/words/plural';

const NIGHTLY = findBuiltinTemplate('nightly')!;

function nightsLine(overview: TodayOverview): string {
  const n = overview.nightsThisMonth;
  if (n === 0) return 'A new month, a fresh page.';
  return `You’ve written on ${countOf(n, 'night')} this month.`;
}

/**
 * Today: tonight's check-in, always (made by its first save, continued after that), with the day's other
 * entries listed under it. A trigger log written earlier never takes the check-in's place.
 */
export function Today() {
  const [overview, setOverview] = useState<TodayOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  // Asked again after tonight's entry goes to Trash (or comes back), so the page shows what tonight now holds.
  const [asked, setAsked] = useState(0);
  const askAgain = () => setAsked((n) => n + 1);

  useAnswer(() => haven().entries.today(), setOverview, setError, [asked]);

  const moveToTrash = async (id: string) => {
    const result = await haven().entries.delete({ id });
    if (!result.ok) return setError(result.error.message);
    showUndo('Moved to Trash. It stays there for 30 days.', async () => {
      if ((await haven().entries.restore({ id })).ok) askAgain();
    });
    askAgain();
  };

  return (
    <article className="view today">
      <ViewHeader
        title="Today"
        note={
          overview && (
            <>
              {formatDate(overview.date)} · <span className="gentle">{nightsLine(overview)}</span>
            </>
          )
        }
      />
      {error && <Notice kind="error">{error}</Notice>}
      {/* The prompt writes into the editor, so it waits while tonight's entry shows as a notice instead. */}
      {overview && (!overview.entry || canOpen(overview.entry.doc)) && <TonightPrompt editorRef={editorRef} />}
      {overview && (
        <EntryHost
          editorRef={editorRef}
          key={overview.entry?.id ?? 'tonight'}
          entry={overview.entry}
          date={overview.date}
          template={overview.entry?.template ?? NIGHTLY.id}
          templateVersion={overview.entry ? overview.entry.templateVersion : NIGHTLY.version}
          initialDoc={overview.entry?.doc ?? templateDoc(NIGHTLY.sections)}
          placeholder="How was today? Start anywhere: one thing that stayed with you."
          {...(overview.entry ? { onMoveToTrash: () => void moveToTrash(overview.entry!.id) } : {})}
        />
      )}
      {overview && overview.others.length > 0 && (
        <section className="today-others" aria-labelledby="today-others-title">
          <h2 id="today-others-title">Also today</h2>
          <EntryList entries={overview.others} label="Also today" />
        </section>
      )}
      {overview && overview.onThisDay.length > 0 && (
        <section className="on-this-day" aria-labelledby="on-this-day-title">
          <h2 id="on-this-day-title">On this day</h2>
          <EntryList entries={overview.onThisDay} label="On this day" />
        </section>
      )}
    </article>
  );
}
