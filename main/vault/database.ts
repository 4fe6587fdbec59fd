import { chmodSync, closeSync, existsSync, openSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { HavenError } from '../errors';
import { PRIVATE_FILE_MODE, fsyncFile } from './files';
import { runMigrations } from './migrations/index';
import { inspectWal, keepDamagedWal } from './wal';

/**
 * The vault database: SQLite encrypted page by page by SQLite3MultipleCiphers with ChaCha20-Poly1305, so a
 * wrong key and any tampered page are both detected on read. It is opened with the raw 256-bit data key,
 * skipping the library's own KDF: the key is already random, and the slow KDF ran once on the passphrase.
 */

const DAMAGED_MESSAGE =
  'Part of this journal is damaged, so Haven will not open or change it. Choose "Restore from backup" to bring back a recent copy.';

const WAL_DAMAGED_MESSAGE =
  'The most recent writing in this journal is damaged, so Haven will not open or change it. Haven has kept that part aside, untouched. Choose "Restore from backup" to bring back a recent copy.';

const HEX = '0123456789abcdef';

/**
 * `x'<64 hex digits>'` — SQLite3MultipleCiphers' raw-key form — built in a Buffer, never a JS string, so it
 * can be wiped the moment SQLite has taken the key.
 */
function rawKeyLiteral(dataKey: Uint8Array): Buffer {
  const out = Buffer.alloc(3 + dataKey.length * 2);
  out.write("x'", 0, 'latin1');
  dataKey.forEach((byte, i) => {
    out[2 + i * 2] = HEX.charCodeAt(byte >> 4);
    out[3 + i * 2] = HEX.charCodeAt(byte & 15);
  });
  out.write("'", out.length - 1, 'latin1');
  return out;
}

function applyKey(db: Database.Database, dataKey: Uint8Array): void {
  db.pragma("cipher = 'chacha20'");
  const literal = rawKeyLiteral(dataKey);
  try {
    db.key(literal);
  } finally {
    literal.fill(0);
  }
}

function damaged(cause: unknown): HavenError {
  const code = (cause as { code?: unknown } | null)?.code;
  return new HavenError('vault-damaged', DAMAGED_MESSAGE, { cause: typeof code === 'string' ? code : 'check-failed' });
}

/** The error a person sees when damage turns up while the journal is open (a page that fails to authenticate). */
export const damageFound = (cause: unknown) => damaged(cause);

/**
 * Whether an error from SQLite means the file itself is damaged: a page that fails authentication surfaces as
 * SQLITE_CORRUPT (or SQLITE_NOTADB for page 1). Anything else (a full disk, a busy file) is not damage.
 */
export function isDamageError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return true;
  return /database disk image is malformed|file is not a database/i.test(error.message);
}

export type CheckResult =
  | { outcome: 'passed'; snapshot: boolean }
  | { outcome: 'damaged'; cause: string }
  | { outcome: 'not-run'; cause: string };

/**
 * The daily integrity check, on its own read-only connection: every page is read and authenticated (quick_check).
 * With `snapshotTo`, a passing check is followed by a `VACUUM INTO` that file from the same connection, so the
 * daily backup only ever comes from a database that has just read back whole. The key is applied, then wiped.
 * Runs in-thread in tests and for recovery, and inside the integrity worker beside an open journal.
 */
export function checkDatabase(file: string, dataKey: Uint8Array, options: { snapshotTo?: string } = {}): CheckResult {
  let db: Database.Database | undefined;
  const cause = (error: unknown) => String((error as { code?: unknown } | null)?.code ?? 'check-failed');
  try {
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      applyKey(db, dataKey);
    } finally {
      dataKey.fill(0);
    }
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') return { outcome: 'damaged', cause: 'check-failed' };
  } catch (error) {
    db?.close();
    return isDamageError(error)
      ? { outcome: 'damaged', cause: cause(error) }
      : { outcome: 'not-run', cause: cause(error) };
  }
  try {
    if (!options.snapshotTo) return { outcome: 'passed', snapshot: false };
    rmSync(options.snapshotTo, { force: true });
    db.prepare('VACUUM INTO ?').run(options.snapshotTo);
    chmodSync(options.snapshotTo, PRIVATE_FILE_MODE);
    // Flushed here, in the worker: at 100k entries the copy is over a gigabyte, too long a wait for the main thread.
    fsyncFile(options.snapshotTo);
    return { outcome: 'passed', snapshot: true };
  } catch (error) {
    if (options.snapshotTo) rmSync(options.snapshotTo, { force: true });
    // A page written since the check that fails to read is damage too; a full disk only costs today's copy.
    if (isDamageError(error)) return { outcome: 'damaged', cause: cause(error) };
    return { outcome: 'passed', snapshot: false };
  } finally {
    db.close();
  }
}

/**
 * Reads the whole database once, read-only, before anything may write to it. The data key has already been
 * proven right by the wrapped-key check, so any failure here means damage, and a damaged file must stay
 * exactly as it is for a restore or a rescue. A read-only connection never checkpoints, never rolls back a
 * journal and never rewrites a page; if it had to create empty -wal/-shm files to read, they are removed.
 */
function verify(file: string, dataKey: Buffer, fullCheck: boolean): void {
  const wal = `${file}-wal`;
  const shm = `${file}-shm`;
  const hadWal = existsSync(wal);
  const hadShm = existsSync(shm);
  let db: Database.Database | undefined;
  let failure: unknown;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    applyKey(db, dataKey);
    // A vault always has its schema from the moment it is created; an empty file is a truncated vault,
    // which SQLite would happily treat as a new, empty database.
    const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
    // quick_check reads every page (about 7 ms per MB here, 11 s at 100k entries), so it runs once a day, and
    // beside the open journal unless asked for here; other opens read the schema, and every page read later is
    // authenticated anyway.
    const result = fullCheck ? db.pragma('quick_check', { simple: true }) : 'ok';
    if (objects === 0) failure = new Error('no schema');
    else if (result !== 'ok') failure = new Error(String(result));
  } catch (error) {
    failure = error ?? new Error('open failed');
  } finally {
    db?.close();
  }
  if (failure === undefined) return;
  if (!hadWal && existsSync(wal) && statSync(wal).size === 0) rmSync(wal);
  if (!hadShm && existsSync(shm)) rmSync(shm);
  throw damaged(failure);
}

/**
 * The connection the app works with. WAL so a save is one append and a crash loses nothing committed;
 * synchronous=FULL so a commit that returned also survives power loss, not just a killed process;
 * temp_store=MEMORY so sorts and temp tables never reach the disk in plaintext; secure_delete so freed pages
 * are zeroed; mmap off, which the encryption layer requires. Automatic checkpoints are off because they land
 * on whichever save crosses the threshold (DESIGN §6: p99 of 34→63 ms); the caller runs `checkpoint` on a
 * timer, off the typing path, and `closeVaultDatabase` folds the rest in at lock.
 */
export function applyConnectionSettings(db: Database.Database): void {
  if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') throw new Error('WAL unavailable');
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('mmap_size = 0');
  db.pragma('wal_autocheckpoint = 0');
  // 32 MiB of decrypted pages kept in memory: the default 2 MB made wide searches re-decrypt pages (measured
  // at 100k entries: 151 → 91 ms for the heaviest query set).
  db.pragma('cache_size = -32768');
}

function openReadWrite(file: string, dataKey: Buffer, mustExist: boolean): Database.Database {
  const db = new Database(file, { fileMustExist: mustExist });
  try {
    applyKey(db, dataKey);
    applyConnectionSettings(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens an existing vault database, refusing (and leaving untouched) one that does not read back whole. */
export function openVaultDatabase(
  file: string,
  dataKey: Buffer,
  options: { fullCheck: boolean } = { fullCheck: true },
): Database.Database {
  // Before any connection exists: the first one to open would replay the WAL and drop what follows a bad frame.
  const wal = `${file}-wal`;
  if (inspectWal(wal).damaged) {
    const kept = keepDamagedWal(wal);
    throw new HavenError('vault-damaged', WAL_DAMAGED_MESSAGE, { cause: 'wal', kept });
  }
  verify(file, dataKey, options.fullCheck);
  try {
    return openReadWrite(file, dataKey, true);
  } catch (error) {
    throw damaged(error);
  }
}

/**
 * Creates a vault database with its schema. The file is created owner-only first (SQLite gives its -wal and
 * -shm the same mode), and the schema is written at once: until its first page is written, a new SQLite file
 * is empty and carries no encryption at all.
 */
export function createVaultDatabase(file: string, dataKey: Buffer): Database.Database {
  closeSync(openSync(file, 'wx', PRIVATE_FILE_MODE));
  const db = openReadWrite(file, dataKey, true);
  try {
    runMigrations(db, { beforeFirst: () => undefined });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/** Folds committed WAL pages into the database without waiting on readers; run it on a timer, not on a save. */
export function checkpoint(db: Database.Database): CheckpointResult {
  // SQLite refuses a checkpoint inside a transaction; an import holds one open across turns of the event loop.
  if (db.inTransaction) return { busy: 1, log: 0, checkpointed: 0 };
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[];
  return row ?? { busy: 0, log: 0, checkpointed: 0 };
}

/**
 * Closes at lock: everything is folded into the database and the WAL emptied, so the vault is one file at
 * rest. SQLite's memory holding the key schedule is freed by close.
 */
export function closeVaultDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    // Locking in the middle of an import drops all of it: nothing partial is kept.
    if (db.inTransaction) db.exec('ROLLBACK');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * Closes without writing a byte: for a journal found damaged while open, or whose daily check has not passed
 * yet. The last connection to close would checkpoint the WAL into the file and delete it; a second connection,
 * opened read-only and without the key, holds the file's shared lock while the real one closes, so neither
 * happens. It can read nothing (the failed read is what maps the WAL index), and as a reader it never writes.
 */
export function closeWithoutCheckpoint(db: Database.Database): void {
  if (!db.open) return;
  const file = db.name;
  let guard: Database.Database | undefined;
  try {
    guard = new Database(file, { readonly: true, fileMustExist: true });
    guard.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch {
    // Expected: without the key the read fails, after the guard has joined the WAL.
  }
  try {
    if (db.inTransaction) db.exec('ROLLBACK');
  } catch {
    // A rollback in WAL mode only forgets uncommitted frames; if even that fails, closing still must happen.
  } finally {
    db.close();
    guard?.close();
  }
}
