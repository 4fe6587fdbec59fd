import { createEntries } from '../main/journal/entries';
import { addDays, createPatterns } from '../main/journal/patterns';
import { openBenchVault } from './generate';
import { median, percentile } from './stats';

/**
 * DESIGN §6: patterns for any period < 200 ms at 100k entries; 10 years of nightly entries < 30 ms. "Patterns for
 * a period" is everything the Patterns view asks for at once: patterns.report (every chart, the period before,
 * and the insights), measured on an encrypted generated journal (bench/generate.ts) for the last 7, 30, 90
 * and 365 days and for all time, with one drill-down (the top trigger's entries) beside it.
 *
 * Beside the wall-clock median it prints the median CPU time of the same calls (process.cpuUsage): a report is
 * one synchronous call on one thread, so on a machine busy with other work its CPU time is what it would take
 * on an idle one, while wall time also counts the waits for a core.
 *
 * "10 years" is 3,650 generated entries: one a night, with a trigger log on about one day in six, so it spans
 * a little under nine years of dates; all time covers it whole. The 100k journal spans far longer, so its all
 * time is the heaviest case: every entry, tag and response in one report.
 */

const SEED = 42;
const ms = (value: number) => value.toFixed(2).padStart(8);

export default async function run(opts: { smoke: boolean }): Promise<void> {
  const sizes = opts.smoke
    ? [{ entries: 1_000, label: '1k entries (smoke)', budget: 1_000 }]
    : [
        { entries: 3_650, label: '10 years (3,650 entries)', budget: 30 },
        { entries: 100_000, label: '100k entries', budget: 200 },
      ];
  const rounds = opts.smoke ? 3 : 15;
  const failures: string[] = [];
  for (const size of sizes) {
    const vault = await openBenchVault({ entries: size.entries, seed: SEED, encrypted: true, cache: !opts.smoke });
    try {
      if (vault.generatedIn !== null)
        console.log(`patterns: generated ${size.label} in ${(vault.generatedIn / 1000).toFixed(1)} s`);
      const patterns = createPatterns(
        vault.db,
        createEntries(vault.db, () => new Date()),
      );
      const { first, last } = patterns.bounds(0);
      if (!first || !last) throw new Error('the generated journal is empty');
      const periods = [
        ...[7, 30, 90, 365].map((days) => ({ name: `${days} days`, from: addDays(last, 1 - days), to: last })),
        { name: 'all time', from: first, to: last },
      ];
      console.log(`patterns, ${size.label}, ${rounds} rounds (ms):   median      p95  CPU median  drill-down median`);
      for (const period of periods) {
        const input = { from: period.from, to: period.to, utcOffsetMinutes: 60 };
        // The first run prepares statements and warms the page cache, as opening the view would.
        let report = patterns.report(input);
        const times: number[] = [];
        const drills: number[] = [];
        const cpuTimes: number[] = [];
        for (let round = 0; round < rounds; round++) {
          let started = performance.now();
          const cpu = process.cpuUsage();
          report = patterns.report(input);
          times.push(performance.now() - started);
          const used = process.cpuUsage(cpu);
          cpuTimes.push((used.user + used.system) / 1000);
          const top = report.triggers[0];
          if (top) {
            started = performance.now();
            patterns.entries({ ...input, trigger: top.name, limit: 100 });
            drills.push(performance.now() - started);
          }
        }
        const mid = median(times);
        console.log(
          `  ${period.name.padEnd(9)} ${String(report.entries.count).padStart(7)} entries ${ms(mid)} ${ms(percentile(times, 95))} ${ms(median(cpuTimes))} ${ms(median(drills))}   ${report.insights.length} insights`,
        );
        if (mid > size.budget)
          failures.push(`${size.label}, ${period.name}: median ${mid.toFixed(1)} ms > ${size.budget} ms`);
      }
    } finally {
      vault.close();
    }
  }
  if (failures.length) throw new Error(`over budget: ${failures.join('; ')}`);
}
