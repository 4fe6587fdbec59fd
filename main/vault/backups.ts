import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { BackupInfo } from '../../preload/contract';
import { HavenError } from '../errors';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, fsyncDir, fsyncFile, writeFileAtomic } from './files';
import { readFirstHeader, serializeHeader } from './header';
import { vaultFiles } from './paths';

/**
 * Automatic backups in <vault>/backups/. Each is a `VACUUM INTO` copy: a consistent snapshot of the open
 * database, encrypted under the same data key (that key never changes, so every backup still opens after a
 * passphrase change). Names carry what a backup is, so listing needs no index file and can't disagree with
 * the folder:
 *   daily-2026-11-25.db                         one per local calendar day, taken at unlock
 *   before-migration-2026-11-25-203011-042.db   taken just before a schema update
 *   before-restore-2026-11-25-203011-042.db     the vault as it was when another backup replaced it
 * Each backup has its vault's header beside it (`<id>.header.json`), so a journal whose header.json is damaged can
 * still be opened from its own backups.
 * Retention keeps the 7 newest daily copies; among older ones, the newest of each of the 4 most recent ISO
 * weeks that have one (listed as "weekly"); and the 5 newest of each event kind. Weeks are counted from the
 * backups that exist rather than from today, so a month away from Haven doesn't wipe the older copies.
 */

export type BackupKind = BackupInfo['kind'];
type EventKind = Extract<BackupKind, 'before-migration' | 'before-restore'>;

const HEADER_SUFFIX = '.header.json';

const KEEP_DAILY = 7;
const KEEP_WEEKLY = 4;
const KEEP_PER_EVENT = 5;

const DAILY_NAME = /^daily-(\d{4}-\d{2}-\d{2})\.db$/;
const EVENT_NAME = /^(before-migration|before-restore)-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})\.db$/;

const backupsDir = (vaultDir: string) => vaultFiles(vaultDir).backups;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The person's calendar day, in their own time zone: "one backup a day" means their day. */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const localStamp = (now: Date) =>
  `${localDate(now)}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}-${pad(now.getMilliseconds(), 3)}`;

/** ISO 8601 week of a calendar date, like "2026-W48": weeks start on Monday; week 1 holds the first Thursday. */
export function isoWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  const thursday = new Date(utc.getTime() + (3 - ((utc.getUTCDay() + 6) % 7)) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000) + 1;
  return `${weekYear}-W${pad(Math.floor((dayOfYear - 1) / 7) + 1)}`;
}

interface Parsed {
  id: string;
  /** 'daily' here means "a daily file"; whether it shows as daily or weekly depends on its age. */
  kind: 'daily' | EventKind;
  /** Local date for daily files, local date and time for event files. */
  date: string;
}

function parseName(name: string): Parsed | null {
  const daily = DAILY_NAME.exec(name);
  if (daily) return { id: name, kind: 'daily', date: daily[1]! };
  const event = EVENT_NAME.exec(name);
  if (event) {
    const [, kind, day, hh, mm, ss] = event;
    return { id: name, kind: kind as EventKind, date: `${day}T${hh}:${mm}:${ss}` };
  }
  return null;
}

const newestFirst = (a: Parsed, b: Parsed) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1);

/**
 * Pure retention: from the file names in the folder, what each kept file is and which files go. Files that
 * aren't backups (temp files, anything else) are neither listed nor touched.
 */
export function planRetention(names: readonly string[]): { keep: Map<string, BackupKind>; drop: string[] } {
  const parsed = names.map(parseName).filter((p): p is Parsed => p !== null);
  const keep = new Map<string, BackupKind>();
  const drop: string[] = [];

  const dailies = parsed.filter((p) => p.kind === 'daily').sort(newestFirst);
  const weeksKept = new Set<string>();
  dailies.forEach((backup, index) => {
    if (index < KEEP_DAILY) return keep.set(backup.id, 'daily');
    const week = isoWeek(backup.date);
    if (weeksKept.has(week) || weeksKept.size >= KEEP_WEEKLY) return drop.push(backup.id);
    weeksKept.add(week);
    keep.set(backup.id, 'weekly');
  });

  for (const kind of ['before-migration', 'before-restore'] as const) {
    parsed
      .filter((p) => p.kind === kind)
      .sort(newestFirst)
      .forEach((backup, index) => (index < KEEP_PER_EVENT ? keep.set(backup.id, kind) : drop.push(backup.id)));
  }
  return { keep, drop };
}

const listNames = (vaultDir: string): string[] => {
  try {
    return readdirSync(backupsDir(vaultDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
};

const fileBytes = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/** Every backup there is, newest first. A daily file past retention shows as weekly until it is pruned. */
export function listBackups(vaultDir: string): BackupInfo[] {
  const dir = backupsDir(vaultDir);
  const names = listNames(vaultDir);
  const { keep } = planRetention(names);
  return names
    .map(parseName)
    .filter((p): p is Parsed => p !== null)
    .sort((a, b) => {
      // Same day: a before-migration copy and that day's daily copy; the file times say which came first.
      const byDay = b.date.slice(0, 10).localeCompare(a.date.slice(0, 10));
      if (byDay !== 0) return byDay;
      return statSync(join(dir, b.id)).mtimeMs - statSync(join(dir, a.id)).mtimeMs || newestFirst(a, b);
    })
    .map((p) => ({
      id: p.id,
      kind: keep.get(p.id) ?? (p.kind === 'daily' ? 'weekly' : p.kind),
      date: p.date,
      bytes: fileBytes(join(dir, p.id)) + fileBytes(join(dir, `${p.id}-wal`)),
    }));
}

/** Deletes what retention no longer keeps, with any -wal/-shm a moved-aside vault brought along. */
export function pruneBackups(vaultDir: string): void {
  const dir = backupsDir(vaultDir);
  for (const id of planRetention(listNames(vaultDir)).drop) {
    for (const suffix of ['', '-wal', '-shm', HEADER_SUFFIX]) rmSync(join(dir, id + suffix), { force: true });
  }
}

function ensureDir(vaultDir: string): string {
  const dir = backupsDir(vaultDir);
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  return dir;
}

/** A name not yet taken, in case two events land in the same millisecond. */
function freeEventName(dir: string, kind: EventKind, now: Date): string {
  for (let at = now.getTime(); ; at += 1) {
    const name = `${kind}-${localStamp(new Date(at))}.db`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** Where the header that came with a backup lies (it may be missing for backups older than the header copies). */
export const headerCopyFor = (vaultDir: string, backupId: string) =>
  join(backupsDir(vaultDir), backupId + HEADER_SUFFIX);

/** Every backup's header copy, newest backup first: the fallbacks when header.json and its copy both fail. */
export function headerCopiesNewestFirst(vaultDir: string): string[] {
  return listBackups(vaultDir).map((backup) => headerCopyFor(vaultDir, backup.id));
}

/** Keeps the vault's header beside a backup: header.json when it reads, else the copy beside it. */
function keepHeaderWith(vaultDir: string, dir: string, name: string): void {
  const files = vaultFiles(vaultDir);
  const header = readFirstHeader([files.header, files.headerCopy]);
  if (header) writeFileAtomic(join(dir, name + HEADER_SUFFIX), serializeHeader(header));
}

const BACKUP_FAILED =
  "Haven couldn't save a backup of your journal. Check that your disk has free space, then lock and unlock to try again.";

/**
 * Snapshot into a temp name, flush, then rename: a backup either exists whole or not at all, and a crash
 * mid-copy never leaves a half file that looks restorable.
 */
function vacuumInto(db: Database.Database, vaultDir: string, dir: string, name: string): void {
  const temp = join(dir, `.${name}.tmp`);
  try {
    rmSync(temp, { force: true });
    db.prepare('VACUUM INTO ?').run(temp);
    chmodSync(temp, PRIVATE_FILE_MODE);
    fsyncFile(temp);
    keepHeaderWith(vaultDir, dir, name);
    renameSync(temp, join(dir, name));
    fsyncDir(dir);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new HavenError('disk', BACKUP_FAILED, { cause: String((error as { code?: unknown }).code ?? error) });
  }
}

/** Today's daily copy, unless there is one already. Returns the new backup's id, or null when today's exists. */
const dailyName = (now: Date) => `daily-${localDate(now)}.db`;

/** Whether today's daily copy exists already (then unlock skips the full integrity check that precedes it). */
export function hasScheduledBackup(vaultDir: string, now: Date): boolean {
  return existsSync(join(vaultDir, 'backups', dailyName(now)));
}

export function takeScheduledBackup(db: Database.Database, vaultDir: string, now: Date): string | null {
  const dir = ensureDir(vaultDir);
  const name = dailyName(now);
  if (existsSync(join(dir, name))) return null;
  vacuumInto(db, vaultDir, dir, name);
  pruneBackups(vaultDir);
  return name;
}

/** Where the integrity check beside an open journal leaves today's snapshot once the check has passed. */
export function scheduledSnapshotPath(vaultDir: string, now: Date): string {
  const dir = ensureDir(vaultDir);
  const name = `.${dailyName(now)}.checked.tmp`;
  // A check cut short by a lock on an earlier day may have left its snapshot behind; today's is replaced anyway.
  for (const stale of listNames(vaultDir).filter((other) => SNAPSHOT_NAME.test(other) && other !== name)) {
    rmSync(join(dir, stale), { force: true });
  }
  return join(dir, name);
}
const SNAPSHOT_NAME = /^\.daily-\d{4}-\d{2}-\d{2}\.db\.checked\.tmp$/;

/**
 * Makes the checked snapshot today's daily backup: given its header, then renamed into place, so it exists whole
 * or not at all. The check's worker has already flushed it. Returns its id, or null when there was none to adopt.
 */
export function adoptScheduledBackup(vaultDir: string, snapshot: string, now: Date): string | null {
  const dir = ensureDir(vaultDir);
  const name = dailyName(now);
  if (!existsSync(snapshot)) return null;
  try {
    if (existsSync(join(dir, name))) return null;
    keepHeaderWith(vaultDir, dir, name);
    renameSync(snapshot, join(dir, name));
    fsyncDir(dir);
  } catch (error) {
    throw new HavenError('disk', BACKUP_FAILED, { cause: String((error as { code?: unknown }).code ?? error) });
  } finally {
    rmSync(snapshot, { force: true });
  }
  pruneBackups(vaultDir);
  return name;
}

/** A copy kept because of what is about to happen: a schema update or a restore. Returns its id. */
export function takeBackup(db: Database.Database, vaultDir: string, kind: EventKind, now: Date = new Date()): string {
  const dir = ensureDir(vaultDir);
  const name = freeEventName(dir, kind, now);
  vacuumInto(db, vaultDir, dir, name);
  pruneBackups(vaultDir);
  return name;
}

/**
 * Puts a backup in place of the vault's database; returns the id of the copy the old one became. The vault must be closed: there is no key here, so the
 * current database (with any -wal it has) is moved aside as a before-restore backup, bytes untouched, rather
 * than copied — even a damaged vault is kept. Only ids that the listing shows are accepted, so a crafted id
 * like "../header.json" never reaches the filesystem.
 */
export function restoreBackup(vaultDir: string, backupId: string, now: Date = new Date()): string | null {
  const dbFile = vaultFiles(vaultDir).db;
  const chosen = listBackups(vaultDir).find((backup) => backup.id === backupId);
  if (!chosen) {
    throw new HavenError('not-found', "That backup isn't there anymore. Pick one from the list and try again.");
  }
  const dir = backupsDir(vaultDir);
  const source = join(dir, chosen.id);
  const incoming = `${dbFile}.restoring`;
  try {
    // 1. The chosen copy, made durable under a temporary name before anything else moves.
    for (const suffix of ['', '-wal']) {
      rmSync(incoming + suffix, { force: true });
      if (!existsSync(source + suffix)) continue;
      copyFileSync(source + suffix, incoming + suffix);
      chmodSync(incoming + suffix, PRIVATE_FILE_MODE);
      fsyncFile(incoming + suffix);
    }
    // 2. The current database steps aside, its WAL with it: a stale WAL left next to the restored file
    //    would be replayed onto it.
    let aside: string | null = null;
    if (existsSync(dbFile)) {
      aside = freeEventName(dir, 'before-restore', now);
      keepHeaderWith(vaultDir, dir, aside);
      renameSync(dbFile, join(dir, aside));
      if (existsSync(`${dbFile}-wal`)) renameSync(`${dbFile}-wal`, join(dir, `${aside}-wal`));
    }
    rmSync(`${dbFile}-wal`, { force: true });
    rmSync(`${dbFile}-shm`, { force: true });
    // 3. The copy takes its place.
    renameSync(incoming, dbFile);
    if (existsSync(`${incoming}-wal`)) renameSync(`${incoming}-wal`, `${dbFile}-wal`);
    fsyncDir(dir);
    fsyncDir(vaultDir);
    pruneBackups(vaultDir);
    return aside;
  } catch (error) {
    if (error instanceof HavenError) throw error;
    rmSync(incoming, { force: true });
    rmSync(`${incoming}-wal`, { force: true });
    throw new HavenError(
      'disk',
      "Haven couldn't restore that backup. Check that your disk has free space and try again.",
      {
        cause: String((error as { code?: unknown }).code ?? error),
      },
    );
  }
}
