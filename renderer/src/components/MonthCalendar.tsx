import { addMonths, eachDayOfInterval, endOfMonth, format, getISODay, startOfMonth } from 'date-fns';
import { useMemo, useState } from 'react';
import { haven, localDate } from '../haven';
import { useAnswer } from '../useAnswer';
import { Button } from './Button';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A month at a glance: each day that holds an entry is marked. Arrow buttons move a month at a time. */
export function MonthCalendar({ filter }: { filter: { template?: string; tag?: string } }) {
  const [month, setMonth] = useState(() => startOfMonth(new Date()));
  const [marked, setMarked] = useState<Set<string>>(new Set());
  const monthKey = format(month, 'yyyy-MM');

  useAnswer(
    () => haven().entries.calendar({ month: monthKey, ...filter }),
    (dates) => setMarked(new Set(dates)),
    null,
    [monthKey, filter],
  );

  const days = useMemo(() => eachDayOfInterval({ start: month, end: endOfMonth(month) }), [month]);
  const leading = getISODay(month) - 1;
  const today = localDate();
  const title = format(month, 'MMMM yyyy');

  return (
    <section className="calendar" aria-labelledby="calendar-title">
      <header className="calendar-header">
        <Button variant="icon" aria-label="Previous month" onClick={() => setMonth((m) => addMonths(m, -1))}>
          ‹
        </Button>
        <h2 id="calendar-title" aria-live="polite">
          {title}
        </h2>
        <Button variant="icon" aria-label="Next month" onClick={() => setMonth((m) => addMonths(m, 1))}>
          ›
        </Button>
      </header>
      <table className="calendar-grid" aria-labelledby="calendar-title">
        <thead>
          <tr>
            {WEEKDAYS.map((day) => (
              <th key={day} scope="col" abbr={day}>
                {day.slice(0, 2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.ceil((leading + days.length) / 7) }, (_, week) => (
            <tr key={week}>
              {Array.from({ length: 7 }, (_, weekday) => {
                const day = days[week * 7 + weekday - leading];
                if (!day) return <td key={weekday} />;
                const iso = format(day, 'yyyy-MM-dd');
                const has = marked.has(iso);
                return (
                  <td
                    key={weekday}
                    className={`${has ? 'has-entry' : ''} ${iso === today ? 'is-today' : ''}`}
                    aria-label={`${format(day, 'MMMM d')}${has ? ', has entries' : ''}`}
                    data-date={iso}
                    data-has-entry={has || undefined}
                  >
                    {format(day, 'd')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
