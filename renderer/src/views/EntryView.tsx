import { navigate } from '../shell/useRoute';
import { EntryReader } from './EntryReader';

/** One entry, opened from the timeline, search or "On this day". */
export function EntryView({ id }: { id: string }) {
  return (
    <article className="view">
      <EntryReader
        id={id}
        heading="h1"
        onTrashed={() => navigate({ name: 'timeline' })}
        onRestored={() => navigate({ name: 'entry', id })}
      />
    </article>
  );
}
