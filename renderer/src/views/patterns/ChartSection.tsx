import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../components/Button';

/**
 * One chart with its table. The chart is a picture for the eye (hidden from screen readers); the table holds the
 * same numbers, each with a button to the entries behind it, and "Show as table" swaps one for the other.
 */
export function ChartSection({
  title,
  summary,
  chart,
  table,
  tableOnly = false,
}: {
  title: string;
  /** One line in words: what the chart shows at a glance. */
  summary: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** A grid that reads best as a table anyway (trigger × emotion, weekday × time of day). */
  tableOnly?: boolean;
}) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const showTable = tableOnly || asTable;
  return (
    <section className="pattern-section" aria-labelledby={headingId}>
      <header className="pattern-section-header">
        <h2 id={headingId}>{title}</h2>
        {!tableOnly && (
          <Button variant="secondary" small aria-pressed={asTable} onClick={() => setAsTable((value) => !value)}>
            Show as table
          </Button>
        )}
      </header>
      <p className="hint">{summary}</p>
      {showTable ? (
        <div className="pattern-table-wrap">{table}</div>
      ) : (
        <div className="pattern-chart" aria-hidden="true">
          {chart}
        </div>
      )}
    </section>
  );
}

/** A number in a table that opens the entries behind it; 0 opens nothing. */
export function CountButton({ count, label, onDrill }: { count: number; label: string; onDrill: () => void }) {
  if (count === 0) return <span className="pattern-zero">0</span>;
  return (
    <button type="button" className="pattern-count" aria-label={`${count}: ${label}`} onClick={onDrill}>
      {count}
    </button>
  );
}
