import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * Recharts drawn in Haven's colours: every colour is a CSS variable, so light and dark themes each keep their
 * contrast, and the series colours are the tag palette, which holds 4.5:1 against the surface in both.
 */
export const SERIES_COLOURS = [
  'var(--tag-sky)',
  'var(--tag-rose)',
  'var(--tag-leaf)',
  'var(--tag-amber)',
  'var(--tag-violet)',
  'var(--tag-teal)',
  'var(--tag-slate)',
] as const;

export const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? 'var(--accent)';

const AXIS = { fill: 'var(--muted)', fontSize: 13 };
const TOOLTIP = {
  contentStyle: {
    background: 'var(--surface)',
    border: '1px solid var(--border)',
    borderRadius: 8,
    color: 'var(--text)',
  },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
  cursor: { fill: 'var(--surface-2)' },
};
// Series in the order given (this period before the period before), not alphabetically.
const LEGEND = { wrapperStyle: { color: 'var(--text)', fontSize: 13 }, itemSorter: null };

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
  /** Drawn lighter, for a line that is context (the highest beside the average). */
  dashed?: boolean;
}

type Row = Record<string, string | number | null>;

/** Horizontal bars, one row per name; clicking a bar opens the entries behind it. */
export function HorizontalBars({
  data,
  series,
  onBarClick,
}: {
  data: Row[];
  series: BarSeries[];
  onBarClick: (row: number, series: string) => void;
}) {
  const height = Math.max(120, data.length * (series.length > 1 ? 44 : 32) + 60);
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--border)" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={AXIS} stroke="var(--border)" />
      <YAxis type="category" dataKey="name" width={170} tick={AXIS} stroke="var(--border)" interval={0} />
      <Tooltip {...TOOLTIP} />
      {series.length > 1 && <Legend {...LEGEND} />}
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={s.colour}
          radius={[0, 4, 4, 0]}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => onBarClick(index, s.key)}
        />
      ))}
    </BarChart>
  );
}

/** Columns over time, stacked by series. */
export function StackedColumns({
  data,
  series,
  onBarClick,
  height = 240,
}: {
  data: Row[];
  series: BarSeries[];
  onBarClick: (row: number, series: string) => void;
  height?: number;
}) {
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis dataKey="label" tick={AXIS} stroke="var(--border)" />
      <YAxis allowDecimals={false} tick={AXIS} stroke="var(--border)" width={36} />
      <Tooltip {...TOOLTIP} />
      <Legend {...LEGEND} />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId="all"
          fill={s.colour}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => onBarClick(index, s.key)}
        />
      ))}
    </BarChart>
  );
}

/** Lines over time; a gap where nothing was written. Clicking a point opens that stretch of time. */
export function Lines({
  data,
  series,
  onPointClick,
  domain,
}: {
  data: Row[];
  series: BarSeries[];
  onPointClick: (row: number) => void;
  domain?: [number, number];
}) {
  return (
    <LineChart
      responsive
      style={{ width: '100%', height: 240 }}
      data={data}
      margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
      accessibilityLayer={false}
      onClick={(state) => {
        const index = Number(state.activeTooltipIndex);
        if (Number.isInteger(index) && index >= 0) onPointClick(index);
      }}
    >
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis dataKey="label" tick={AXIS} stroke="var(--border)" />
      <YAxis tick={AXIS} stroke="var(--border)" width={36} {...(domain ? { domain } : {})} />
      <Tooltip {...TOOLTIP} />
      <Legend {...LEGEND} />
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={s.colour}
          strokeWidth={s.dashed ? 1.5 : 2.5}
          {...(s.dashed ? { strokeDasharray: '5 4' } : {})}
          dot={{ r: s.dashed ? 2 : 3, fill: s.colour }}
          isAnimationActive={false}
          connectNulls={false}
        />
      ))}
    </LineChart>
  );
}

/** A plain table with a caption for screen readers (the section's heading names it for everyone else). */
export function DataTable({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) {
  return (
    <table className="pattern-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((cell, index) => (
            <th key={index} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A cell's background for a heat map: stronger for bigger numbers, light enough to keep the text readable. */
export const heat = (count: number, max: number) =>
  count === 0 || max === 0
    ? undefined
    : { background: `color-mix(in srgb, var(--accent) ${Math.round(8 + 27 * (count / max))}%, var(--surface))` };
