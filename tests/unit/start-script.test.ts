import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts/start.mjs');
const emptyDist = mkdtempSync(path.join(tmpdir(), 'haven-no-electron-'));

afterAll(() => rmSync(emptyDist, { recursive: true, force: true }));

function start(args: string[], node = process.execPath) {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist };
  delete env.ELECTRON_EXEC_PATH;
  const began = Date.now();
  const result = spawnSync(node, [script, ...args], { cwd: root, env, encoding: 'utf8', timeout: 20_000 });
  return { ...result, ms: Date.now() - began };
}

const STACK_LINE = /^ {4}at /m;

describe('scripts/start.mjs', () => {
  it.each([
    [[], '`npm start`'],
    [['--dev'], '`npm run dev`'],
  ])('with no Electron runtime (args %j) says so briefly and exits 1, offline', (args, rerun) => {
    const { status, stdout, stderr, ms, error } = start(args);
    expect(error).toBeUndefined();
    expect(status).toBe(1);
    expect(stderr).toContain('Haven needs the Electron runtime');
    expect(stderr).toContain(emptyDist);
    expect(stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(stderr).toContain(rerun);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stdout).not.toMatch(STACK_LINE);
    // An override that holds nothing is a mistake to report, not a reason to download.
    expect(stdout).not.toContain('Fetching');
    expect(ms).toBeLessThan(10_000);
  });

  // The machines this runs on keep an older system Node beside the project's Node 24 (DESIGN §5).
  const oldNode = '/usr/bin/node';
  const oldNodeVersion = existsSync(oldNode)
    ? spawnSync(oldNode, ['--version'], { encoding: 'utf8' }).stdout.trim()
    : '';
  const oldMajor = Number(/^v(\d+)/.exec(oldNodeVersion)?.[1] ?? 'NaN');

  it.runIf(oldMajor < 22)('on Node older than 22.12 names the running version in one line and exits 1', () => {
    const { status, stdout, stderr } = start([], oldNode);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `This is Node.js ${oldNodeVersion.slice(1)}; Haven needs Node.js 22.12 or later.`,
    ]);
  });
});
