import type { PatternCount, PatternsFilter, PatternsReport, TimeOfDay } from '../../../../preload/contract';
import { ChartSection, CountButton } from './ChartSection';
import { DataTable, HorizontalBars, Lines, StackedColumns, heat, seriesColour, type BarSeries } from './charts';
import { changeText, rangeText, shortDate } from './period';
import { countOf } from '../../../../resources/words/plural';

/** Opens the entries behind a number: what they share in words, and the filter (the period is added for you). */
export type OnDrill = (label: string, filter: Partial<PatternsFilter>) => void;

interface SectionProps {
  report: PatternsReport;
  onDrill: OnDrill;
}

const CHART_SERIES_MAX = 7;

const RESPONSE_COLOURS: Record<string, string> = {
  pursued: 'var(--tag-amber)',
  withdrew: 'var(--tag-sky)',
  froze: 'var(--tag-slate)',
  'stayed-present': 'var(--tag-leaf)',
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIMES: { value: TimeOfDay; label: string }[] = [
  { value: 'morning', label: 'Morning' },
  { value: 'afternoon', label: 'Afternoon' },
  { value: 'evening', label: 'Evening' },
  { value: 'night', label: 'Night' },
];

/** Counts this period against the period before, for triggers and needs alike. */
function CountsSection({
  title,
  noun,
  field,
  counts,
  report,
  onDrill,
}: SectionProps & { title: string; noun: string; field: 'trigger' | 'need'; counts: PatternCount[] }) {
  const shown = counts.filter((c) => c.count > 0 || c.previous > 0);
  const top = shown[0];
  const before = report.previous;
  const drillNow = (c: PatternCount) => onDrill(c.name, { [field]: c.name });
  const drillBefore = (c: PatternCount) =>
    onDrill(`${c.name}, ${rangeText(before.from, before.to)}`, { [field]: c.name, from: before.from, to: before.to });
  return (
    <ChartSection
      title={title}
      summary={
        top && top.count > 0
          ? `Most often: ${top.name}, ${countOf(top.count, 'time')} (${changeText(top.change)} on the period before).`
          : `No ${noun}s in this period.`
      }
      chart={
        shown.length === 0 ? (
          <p className="empty">Nothing to draw yet.</p>
        ) : (
          <HorizontalBars
            data={shown.slice(0, 12).map((c) => ({ name: c.name, count: c.count, previous: c.previous }))}
            series={[
              { key: 'count', label: 'This period', colour: 'var(--tag-sky)' },
              { key: 'previous', label: 'Period before', colour: 'var(--tag-slate)' },
            ]}
            onBarClick={(row, key) => {
              const c = shown[row];
              if (c) (key === 'previous' ? drillBefore : drillNow)(c);
            }}
          />
        )
      }
      table={
        <DataTable
          caption={title}
          head={[noun[0]!.toUpperCase() + noun.slice(1), 'This period', 'Period before', 'Change']}
        >
          {shown.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.name}</th>
              <td>
                <CountButton count={c.count} label={`entries with ${c.name}`} onDrill={() => drillNow(c)} />
              </td>
              <td>
                <CountButton
                  count={c.previous}
                  label={`entries with ${c.name} in the period before`}
                  onDrill={() => drillBefore(c)}
                />
              </td>
              <td>{changeText(c.change)}</td>
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}

export const TriggerFrequency = (props: SectionProps) => (
  <CountsSection {...props} title="Trigger frequency" noun="trigger" field="trigger" counts={props.report.triggers} />
);

export const Needs = (props: SectionProps) => (
  <CountsSection {...props} title="Needs" noun="need" field="need" counts={props.report.needs} />
);

type TimeBuckets = PatternsReport['triggersOverTime'];
type TimeBucket = TimeBuckets['buckets'][number];
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A column's short label: "2 Mar" (the week's Monday), "Mar 2026" or "2026". */
const columnLabel = (unit: TimeBuckets['unit'], key: string) =>
  unit === 'week'
    ? shortDate(key)
    : unit === 'month'
      ? MONTH.format(new Date(`${key}T00:00:00Z`))
      : String(Number(key.slice(0, 4)));
/** "Week of 2 Mar", "Mar 2026" or "2026". */
const bucketName = (unit: TimeBuckets['unit'], bucket: TimeBucket) =>
  unit === 'week' ? `Week of ${columnLabel(unit, bucket.key)}` : columnLabel(unit, bucket.key);

/** Series over time (triggers, responses): stacked columns, and a table of weeks or months. */
function OverTimeSection({
  title,
  summary,
  unit,
  buckets,
  series,
  colourOf,
  field,
  totals,
  onDrill,
}: {
  title: string;
  summary: string;
  unit: TimeBuckets['unit'];
  buckets: TimeBucket[];
  series: { key: string; label: string; counts: number[] }[];
  colourOf: (key: string, index: number) => string;
  field: 'trigger' | 'response';
  totals?: { key: string; count: number; previous: number }[];
  onDrill: OnDrill;
  report: PatternsReport;
}) {
  const charted = series.slice(0, CHART_SERIES_MAX);
  const bars: BarSeries[] = charted.map((s, i) => ({ key: `s${i}`, label: s.label, colour: colourOf(s.key, i) }));
  const data = buckets.map((bucket, b) => ({
    label: columnLabel(unit, bucket.key),
    ...Object.fromEntries(charted.map((s, i) => [`s${i}`, s.counts[b] ?? 0])),
  }));
  const drill = (s: { key: string; label: string }, bucket: TimeBucket) =>
    onDrill(`${s.label}, ${bucketName(unit, bucket).replace(/^Week/, 'week')}`, {
      [field]: s.key,
      from: bucket.from,
      to: bucket.to,
    });
  return (
    <ChartSection
      title={title}
      summary={summary}
      chart={
        series.length === 0 ? (
          <p className="empty">Nothing to draw yet.</p>
        ) : (
          <StackedColumns
            data={data}
            series={bars}
            onBarClick={(row, key) => {
              const s = charted[Number(key.slice(1))];
              const bucket = buckets[row];
              if (s && bucket) drill(s, bucket);
            }}
          />
        )
      }
      table={
        <DataTable
          caption={`${title}, ${unit} by ${unit}`}
          head={[
            field === 'trigger' ? 'Trigger' : 'Response',
            ...buckets.map((bucket) => bucketName(unit, bucket)),
            ...(totals ? ['This period', 'Period before'] : []),
          ]}
        >
          {series.map((s) => {
            const total = totals?.find((t) => t.key === s.key);
            return (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                {buckets.map((bucket, b) => (
                  <td key={bucket.key}>
                    <CountButton
                      count={s.counts[b] ?? 0}
                      label={`${s.label}, ${bucketName(unit, bucket).replace(/^Week/, 'week')}`}
                      onDrill={() => drill(s, bucket)}
                    />
                  </td>
                ))}
                {total && (
                  <>
                    <td>
                      <CountButton
                        count={total.count}
                        label={`${s.label}, this period`}
                        onDrill={() => onDrill(s.label, { [field]: s.key })}
                      />
                    </td>
                    <td>{total.previous}</td>
                  </>
                )}
              </tr>
            );
          })}
        </DataTable>
      }
    />
  );
}

export function TriggersOverTime({ report, onDrill }: SectionProps) {
  const { unit, buckets, series } = report.triggersOverTime;
  return (
    <OverTimeSection
      report={report}
      onDrill={onDrill}
      title={`Triggers by ${unit}`}
      summary={
        series.length > CHART_SERIES_MAX
          ? `The ${CHART_SERIES_MAX} most frequent triggers are drawn; the table holds all ${series.length}.`
          : unit === 'week'
            ? 'Each column is one week, from Monday.'
            : `Each column is one ${unit}.`
      }
      unit={unit}
      buckets={buckets}
      series={series}
      colourOf={(_, index) => seriesColour(index)}
      field="trigger"
    />
  );
}

export function ResponsesOverTime({ report, onDrill }: SectionProps) {
  const { unit, buckets, series, totals } = report.responses;
  const stayed = totals.find((t) => t.response === 'stayed-present');
  const all = totals.reduce((sum, t) => sum + t.count, 0);
  const allBefore = totals.reduce((sum, t) => sum + t.previous, 0);
  return (
    <OverTimeSection
      report={report}
      onDrill={onDrill}
      title="Responses over time"
      summary={
        all === 0
          ? 'No responses recorded in this period.'
          : allBefore === 0
            ? `You stayed present ${stayed?.count ?? 0} of ${all} times.`
            : `You stayed present ${stayed?.count ?? 0} of ${all} times, against ${stayed?.previous ?? 0} of ${allBefore} the period before.`
      }
      unit={unit}
      buckets={buckets}
      series={series}
      colourOf={(key, index) => RESPONSE_COLOURS[key] ?? seriesColour(index)}
      field="response"
      totals={totals.map((t) => ({ key: t.response, count: t.count, previous: t.previous }))}
    />
  );
}

export function IntensityOverTime({ report, onDrill }: SectionProps) {
  const { unit, points } = report.intensity;
  const label = (p: { from: string; to: string }) =>
    unit === 'day'
      ? shortDate(p.from)
      : unit === 'week'
        ? `Week of ${shortDate(p.from)}`
        : unit === 'year'
          ? `${columnLabel(unit, p.from)}${p.from.slice(5) === '01-01' && p.to.slice(5) === '12-31' ? '' : ` (${rangeText(p.from, p.to)})`}`
          : rangeText(p.from, p.to);
  const drill = (index: number) => {
    const p = points[index];
    if (p && p.entries > 0) onDrill(label(p), { from: p.from, to: p.to });
  };
  const set = points.filter((p) => p.average !== null);
  const overall = set.length
    ? set.reduce((sum, p) => sum + (p.average ?? 0) * p.entries, 0) / set.reduce((sum, p) => sum + p.entries, 0)
    : null;
  return (
    <ChartSection
      title="Intensity over time"
      summary={
        overall === null
          ? 'No intensity recorded in this period.'
          : `Average intensity ${overall.toFixed(1)} of 10, by ${unit}.`
      }
      chart={
        <Lines
          data={points.map((p) => ({
            label: unit === 'year' || unit === 'month' ? columnLabel(unit, p.from) : shortDate(p.from),
            average: p.average,
            max: p.max,
          }))}
          series={[
            { key: 'max', label: 'Highest', colour: 'var(--tag-rose)', dashed: true },
            { key: 'average', label: 'Average', colour: 'var(--tag-violet)' },
          ]}
          domain={[0, 10]}
          onPointClick={drill}
        />
      }
      table={
        <DataTable
          caption="Intensity over time"
          head={[{ day: 'Day', week: 'Week', month: 'Month', year: 'Year' }[unit], 'Entries', 'Average', 'Highest']}
        >
          {points.map((p, index) => (
            <tr key={p.from}>
              <th scope="row">{label(p)}</th>
              <td>
                <CountButton count={p.entries} label={`entries, ${label(p)}`} onDrill={() => drill(index)} />
              </td>
              <td>{p.average === null ? '—' : p.average.toFixed(1)}</td>
              <td>{p.max ?? '—'}</td>
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}

export function EmotionFamilies({ report, onDrill }: SectionProps) {
  const families = report.emotionFamilies.filter((f) => f.count > 0);
  const words = families
    .flatMap((family, index) => family.emotions.map((e) => ({ ...e, family: family.name, index })))
    .sort((a, b) => b.count - a.count)
    .slice(0, 12);
  const top = families[0];
  return (
    <ChartSection
      title="Emotions by family"
      summary={
        top
          ? `Most often from the ${top.name} family: ${countOf(top.count, 'entry', 'entries')}. The chart shows the words named most.`
          : 'No emotions named in this period.'
      }
      chart={
        words.length === 0 ? (
          <p className="empty">Nothing to draw yet.</p>
        ) : (
          <HorizontalBars
            data={words.map((w) => ({
              name: w.name === w.family ? w.name : `${w.name} (${w.family})`,
              count: w.count,
            }))}
            series={[{ key: 'count', label: 'Entries', colour: 'var(--tag-teal)' }]}
            onBarClick={(row) => {
              const w = words[row];
              if (w) onDrill(w.name, { emotion: w.name });
            }}
          />
        )
      }
      table={
        <DataTable caption="Emotions by family" head={['Family', 'Entries', 'Words']}>
          {families.map((family) => (
            <tr key={family.name}>
              <th scope="row">{family.name}</th>
              <td>
                <CountButton
                  count={family.count}
                  label={
                    family.family === null
                      ? 'entries with emotions in your own words'
                      : `entries with an emotion of the ${family.name} family`
                  }
                  onDrill={() => onDrill(family.name, { family: family.family ?? '' })}
                />
              </td>
              <td>
                <ul className="pattern-words">
                  {family.emotions.map((e) => (
                    <li key={e.name}>
                      {e.name}{' '}
                      <CountButton
                        count={e.count}
                        label={`entries with ${e.name}`}
                        onDrill={() => onDrill(e.name, { emotion: e.name })}
                      />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}

export function TriggerEmotion({ report, onDrill }: SectionProps) {
  const { triggers, emotions, cells } = report.coOccurrence;
  const cell = (t: string, e: string) => cells.find((c) => c.trigger === t && c.emotion === e);
  const max = Math.max(0, ...cells.map((c) => c.count));
  const strongest = [...cells].sort((a, b) => b.count - a.count)[0];
  return (
    <ChartSection
      tableOnly
      title="Triggers and emotions together"
      summary={
        strongest
          ? `${strongest.trigger} came with ${strongest.emotion} most often: ${countOf(strongest.count, 'entry', 'entries')}. Each cell counts entries holding both; the small number is the average intensity.`
          : 'No trigger and emotion were named together in this period.'
      }
      chart={null}
      table={
        triggers.length === 0 || emotions.length === 0 ? (
          <p className="empty">Nothing to show yet.</p>
        ) : (
          <DataTable caption="Entries holding each trigger and emotion together" head={['Trigger', ...emotions]}>
            {triggers.map((t) => (
              <tr key={t}>
                <th scope="row">{t}</th>
                {emotions.map((e) => {
                  const c = cell(t, e);
                  return (
                    <td key={e} style={heat(c?.count ?? 0, max)}>
                      <CountButton
                        count={c?.count ?? 0}
                        label={`entries with ${t} and ${e}`}
                        onDrill={() => onDrill(`${t} with ${e}`, { trigger: t, emotion: e })}
                      />
                      {c?.averageIntensity != null && (
                        <span className="pattern-sub">
                          <span className="visually-hidden">, average intensity </span>
                          {c.averageIntensity.toFixed(1)}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </DataTable>
        )
      }
    />
  );
}

export function WeekdayTime({ report, onDrill }: SectionProps) {
  const count = (weekday: number, time: TimeOfDay) =>
    report.weekdayTime.find((c) => c.weekday === weekday && c.timeOfDay === time)?.count ?? 0;
  const max = Math.max(0, ...report.weekdayTime.map((c) => c.count));
  const busiest = [...report.weekdayTime].sort((a, b) => b.count - a.count)[0];
  return (
    <ChartSection
      tableOnly
      title="When you wrote"
      summary={
        busiest && busiest.count > 0
          ? `Most entries: ${WEEKDAYS[busiest.weekday - 1]} ${busiest.timeOfDay}s (${busiest.count}). Times of day are from when each entry was started.`
          : 'No entries in this period.'
      }
      chart={null}
      table={
        <DataTable caption="Entries by weekday and time of day" head={['Weekday', ...TIMES.map((t) => t.label)]}>
          {WEEKDAYS.map((day, index) => (
            <tr key={day}>
              <th scope="row">{day}</th>
              {TIMES.map((time) => {
                const n = count(index + 1, time.value);
                return (
                  <td key={time.value} style={heat(n, max)}>
                    <CountButton
                      count={n}
                      label={`entries on ${day} ${time.label.toLowerCase()}s`}
                      onDrill={() =>
                        onDrill(`${day} ${time.label.toLowerCase()}s`, { weekday: index + 1, timeOfDay: time.value })
                      }
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}
