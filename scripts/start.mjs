// `npm start` (build, then launch the app) and `npm run dev` (electron-vite dev server).
// Checks the two things a fresh checkout most often lacks, Node 22.12+ and the Electron binary, and
// says so in a line or two rather than with a stack trace from deep inside a tool.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_NODE = [22, 12];
// Caps only the download attempt. Unattended runs (CI, tests) must not sit for minutes on a network
// that never answers; a person at a terminal gets longer, since the binary is about 100 MB.
const DOWNLOAD_TIMEOUT_S = process.stdout.isTTY ? 300 : 60;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dev = args.includes('--dev');
const passThrough = args.filter((a) => a !== '--dev');
const rerun = dev ? '`npm run dev`' : '`npm start`';

function fail(...lines) {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
  fail(`This is Node.js ${process.versions.node}; Haven needs Node.js ${MIN_NODE.join('.')} or later.`);
}

const requireFromRoot = createRequire(path.join(root, 'package.json'));

function packageDir(name) {
  try {
    return path.dirname(requireFromRoot.resolve(`${name}/package.json`));
  } catch {
    return fail(
      `Haven's dependencies are not installed (${name} is missing): run \`npm install\`, then ${rerun} again.`,
    );
  }
}

const electronDir = packageDir('electron');
const electronMajor = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version.split('.')[0];

// The same relative executable path the electron package's install.js writes to path.txt.
function executableName() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

function firstLine(text) {
  return (
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== '' && !l.startsWith('at ')) ?? ''
  );
}

function download() {
  console.log(
    `Fetching the Electron ${electronMajor} runtime (once, about 100 MB; giving up after ${DOWNLOAD_TIMEOUT_S} s)…`,
  );
  // Output is captured so a failure shows its cause in one line, not install.js's stack trace.
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_S * 1000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error?.code === 'ETIMEDOUT') return `the download did not finish within ${DOWNLOAD_TIMEOUT_S} s`;
  if (result.error) return firstLine(result.error.message) || 'the installer could not start';
  if (result.status !== 0) {
    return (
      firstLine(result.stderr) ||
      firstLine(result.stdout) ||
      `the installer exited with code ${result.status ?? result.signal}`
    );
  }
  return null;
}

function findElectron() {
  // electron-vite's own variable: whoever set it has already chosen a binary.
  const execPath = process.env.ELECTRON_EXEC_PATH;
  if (execPath && isFile(execPath)) return execPath;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, executableName());
    if (isFile(candidate)) return candidate;
    // Someone chose this folder on purpose: say it is wrong rather than download behind their back.
    fail(
      `Haven needs the Electron runtime, and ELECTRON_OVERRIDE_DIST_PATH (${override}) holds none (no ${executableName()} there).`,
      `To fix: point ELECTRON_OVERRIDE_DIST_PATH at a folder holding Electron ${electronMajor}, or unset it and run ${rerun} again to download Electron.`,
    );
  }
  const installed = () => {
    const candidate = path.join(electronDir, 'dist', executableName());
    return isFile(candidate) ? candidate : null;
  };
  const found = installed();
  if (found) return found;
  const cause = download() ?? (installed() ? null : 'the download finished but left no Electron executable');
  if (cause) {
    fail(
      `Haven needs the Electron runtime, and it could not be downloaded (${cause}).`,
      `To fix: connect to the internet and run ${rerun} again, or point ELECTRON_OVERRIDE_DIST_PATH at a folder holding Electron ${electronMajor}.`,
    );
  }
  return installed();
}

const electronPath = findElectron();

const viteDir = packageDir('electron-vite');
const viteBin = JSON.parse(readFileSync(path.join(viteDir, 'package.json'), 'utf8')).bin['electron-vite'];
// The bin script run by this Node, not `npx electron-vite`: the same program without npx's lookup, and
// spawning npx.cmd on Windows would need a shell.
const child = spawn(process.execPath, [path.join(viteDir, viteBin), dev ? 'dev' : 'preview', ...passThrough], {
  cwd: root,
  stdio: 'inherit',
  // electron-vite reads only path.txt or ELECTRON_EXEC_PATH, so an override must reach it this way.
  env: { ...process.env, ELECTRON_EXEC_PATH: electronPath },
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (error) => fail(`Could not start electron-vite (${firstLine(error.message)}).`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
