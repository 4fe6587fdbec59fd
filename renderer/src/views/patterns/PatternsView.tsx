import { useEffect, useMemo, useRef, useState } from 'react';
import type { PatternsBounds, PatternsFilter, PatternsReport } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { haven, localDate } from '../../haven';
import { CountButton } from './ChartSection';
import { DrillDown, type Drill } from './DrillDown';
import { Insights } from './Insights';
import { changeText, periodDays, rangeText, resolvePeriod, utcOffsetMinutes, type PeriodChoice } from './period';
import { PeriodPicker } from './PeriodPicker';
import {
  EmotionFamilies,
  IntensityOverTime,
  Needs,
  ResponsesOverTime,
  TriggerEmotion,
  TriggerFrequency,
  TriggersOverTime,
  WeekdayTime,
  type OnDrill,
} from './sections';
import '../manage/manage.css';
import './patterns.css';
import { useAnswer } from '../../useAnswer';
import { ViewHeader } from '../../components/ViewHeader';

/**
 * A person's own patterns over a period they pick: which triggers came up, how often and how strongly, with which
 * emotions and needs, and what they did. One call to the main side per change of period; every number opens the
 * entries behind it.
 */
export function PatternsView() {
  const today = useMemo(() => localDate(), []);
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'days', days: 30 });
  const [custom, setCustom] = useState(() => ({
    from: resolvePeriod({ kind: 'days', days: 30 }, today, null)!.from,
    to: today,
  }));
  const [bounds, setBounds] = useState<PatternsBounds | null>(null);
  const [report, setReport] = useState<PatternsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Loaded on first use: the stand-in heading had focus and is gone, so focus comes to this one.
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);

  const period = useMemo(() => resolvePeriod(choice, today, bounds), [choice, today, bounds]);
  const periodKey = period ? `${period.from}/${period.to}` : '';

  useAnswer(() => haven().patterns.bounds({ utcOffsetMinutes: utcOffsetMinutes() }), setBounds, setError, []);

  // The period is its two days; a new object for the same days asks nothing new.
  useAnswer(
    () => (period ? haven().patterns.report(period) : null),
    (value) => {
      setReport(value);
      setError(null);
    },
    setError,
    [periodKey],
  );

  const onDrill: OnDrill = (label, filter) => {
    if (!report || !period) return;
    setDrill({
      label,
      filter: {
        utcOffsetMinutes: period.utcOffsetMinutes,
        from: report.period.from,
        to: report.period.to,
        ...filter,
      } as PatternsFilter,
    });
  };

  const shown =
    report && period && report.period.from === period.from && report.period.to === period.to ? report : null;

  return (
    <article className="view patterns-view manage-view">
      <ViewHeader
        title="Patterns"
        headingRef={heading}
        note="Your own patterns, for you. Nothing here leaves Haven unless you put it on a card and export it."
      />

      <PeriodPicker
        choice={choice}
        onChange={setChoice}
        bounds={bounds}
        today={today}
        custom={custom}
        onCustomChange={setCustom}
      />

      {error && <Notice kind="error">{error}</Notice>}
      <p className="visually-hidden" role="status">
        {shown ? `Showing ${rangeText(shown.period.from, shown.period.to)}.` : period ? 'Loading…' : ''}
      </p>
      {!period && choice.kind === 'since-card' && <p className="empty">Make a conversation card first.</p>}
      {!shown && period && !error && <p className="hint">Loading…</p>}

      {shown && period && (
        <>
          <section className="pattern-summary" aria-label="This period">
            <div className="pattern-stat">
              <span className="pattern-stat-label">Period</span>
              <span className="pattern-stat-value">{rangeText(shown.period.from, shown.period.to)}</span>
              <span className="hint">
                {shown.period.days} days; compared with {rangeText(shown.previous.from, shown.previous.to)}
              </span>
            </div>
            <div className="pattern-stat">
              <span className="pattern-stat-label">Nights written</span>
              <span className="pattern-stat-value">
                {shown.nights.count} of {periodDays(shown.period.from, shown.period.to)}
              </span>
              <span className="hint">
                {shown.nights.previous} the period before ({changeText(shown.nights.count - shown.nights.previous)})
              </span>
            </div>
            <div className="pattern-stat">
              <span className="pattern-stat-label">Entries</span>
              <span className="pattern-stat-value">
                <CountButton
                  count={shown.entries.count}
                  label="every entry in this period"
                  onDrill={() => onDrill('this period', {})}
                />
              </span>
              <span className="hint">{shown.entries.previous} the period before</span>
            </div>
          </section>

          <Insights
            insights={shown.insights}
            period={period}
            onDrill={(insight) => setDrill({ label: insight.text, filter: insight.filter })}
            onError={setError}
          />
          <TriggerFrequency report={shown} onDrill={onDrill} />
          <TriggersOverTime report={shown} onDrill={onDrill} />
          <IntensityOverTime report={shown} onDrill={onDrill} />
          <EmotionFamilies report={shown} onDrill={onDrill} />
          <TriggerEmotion report={shown} onDrill={onDrill} />
          <ResponsesOverTime report={shown} onDrill={onDrill} />
          <Needs report={shown} onDrill={onDrill} />
          <WeekdayTime report={shown} onDrill={onDrill} />
        </>
      )}

      {drill && <DrillDown drill={drill} onClose={() => setDrill(null)} />}
    </article>
  );
}
