/**
 * Runs every benchmark and prints its figures. `--smoke` runs each once at a small size with loose limits, as CI
 * does on every change; without it, the full runs measure against DESIGN.md §6.
 */
import autosave from './autosave';
import documentSize from './document-size';
import importBench from './import';
import patterns from './patterns';
import search from './search';
import typing from './typing';
import unlock from './unlock';

const BENCHES: Record<string, (opts: { smoke: boolean }) => Promise<void>> = {
  unlock,
  autosave,
  'document-size': documentSize,
  search,
  typing,
  patterns,
  import: importBench,
};

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const names = only.length ? only : Object.keys(BENCHES);
  let failed = 0;
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`No benchmark called "${name}". Known: ${Object.keys(BENCHES).join(', ')}`);
    const started = performance.now();
    try {
      await bench({ smoke });
      console.log(`bench ${name}: ok (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      console.error(`bench ${name}: FAILED — ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`bench: ${names.length - failed} passed, ${failed} failed${smoke ? ' (smoke)' : ''}`);
  process.exitCode = failed ? 1 : 0;
}

void main();
