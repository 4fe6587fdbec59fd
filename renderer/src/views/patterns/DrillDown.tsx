import { useState } from 'react';
import type { EntryPage, PatternsFilter } from '../../../../preload/contract';
import { entriesCount } from '../../../../resources/words/plural';
import { EntryList } from '../../components/EntryList';
import { Notice } from '../../components/Notice';
import { Dialog } from '../../components/Dialog';
import { haven } from '../../haven';
import { useAnswer } from '../../useAnswer';
import { Button } from '../../components/Button';

export interface Drill {
  /** What the entries have in common, in words: "Unanswered message, week of 3 Nov". */
  label: string;
  filter: PatternsFilter;
}

const LIMIT = 100;

/** The entries behind one mark of a chart or one insight, each a link that opens it. */
export function DrillDown({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const [page, setPage] = useState<EntryPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useAnswer(() => haven().patterns.entries({ ...drill.filter, limit: LIMIT }), setPage, setError, [drill]);

  return (
    <Dialog title={`Entries: ${drill.label}`} onClose={onClose}>
      <div className="dialog-body drill-body">
        {error && <Notice kind="error">{error}</Notice>}
        {!page && !error && <p className="hint">Loading…</p>}
        {page && (
          <>
            <p className="hint" role="status">
              {entriesCount(page.total)}
              {page.total > page.items.length ? `; the newest ${page.items.length} are shown` : ''}.
            </p>
            <EntryList entries={page.items} label={`Entries: ${drill.label}`} />
          </>
        )}
        <div className="button-row">
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
