import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { BackupInfo, VaultSummary } from '../../preload/contract';
import { HavenError } from '../errors';
import * as backups from './backups';
import {
  checkDatabase,
  closeVaultDatabase,
  closeWithoutCheckpoint,
  createVaultDatabase,
  damageFound,
  openVaultDatabase,
} from './database';
import { PRIVATE_DIR_MODE, fsyncDir, writeFileAtomic } from './files';
import { readFirstHeader, readHeader, serializeHeader, writeHeader, type VaultHeader } from './header';
import { loadPassphraseRule, refusalMessage, relatedWords } from '../../resources/passphrase/rule';
import {
  VAULT_FORMAT,
  calibrateKdf,
  dearerKdf,
  deriveKey,
  formatRecoveryKey,
  newKdfParams,
  newRecoveryBytes,
  parseRecoveryKey,
  recoveryWrappingKey,
  unwrapKey,
  wrapKey,
  type KdfCost,
  type KdfOverrides,
} from './keys';
import type { CheckJob } from './integrity';
import { LATEST_VERSION, runMigrations } from './migrations/index';
import { vaultFiles } from './paths';
import { oneAtATime, readAttempts, recordFailure, resetAttempts, waitSeconds, type AttemptState } from './throttle';

/**
 * The vault operations over a data directory: <dataDir>/vaults/<id>/ holds header.json (and its copy
 * header.backup.json), vault.db, backups/ and attempts.json. Every secret (derived keys, the data key, recovery
 * bytes) lives in a Buffer that is zero-filled as soon as it has done its job; the data key is handed to SQLite at
 * open and wiped right after, so an open vault holds no copy of it in JavaScript at all. The one exception is the
 * day's integrity check beside the open journal: its own copy of the key goes to the check's connection and is
 * wiped there.
 */

export interface OpenVault {
  id: string;
  name: string;
  dir: string;
  db: Database.Database;
  /**
   * Folds the WAL into the database and closes it; SQLite frees its copy of the key. Safe to call twice. With
   * `checkpoint: false` (the day's check hasn't passed yet) nothing is folded in and the WAL stays as it is.
   */
  close(options?: { checkpoint?: boolean }): void;
  /** Damage was found while open: closes without writing a byte, and marks the journal as damaged. */
  abandon(cause: string, now: Date): void;
  /** The day's integrity check, still to run beside the open journal; null when it ran already today. */
  pendingCheck: CheckJob | null;
}

export interface OpenOptions {
  /**
   * Run the day's integrity check beside the open journal (the session does, through a worker) rather than
   * before it opens. Then the daily backup comes from the check's snapshot, once it has passed.
   */
  checkBeside?: boolean;
  /** The caller ran the full check on this key a moment ago (recovery): count it as today's check. */
  checked?: boolean;
}

const ID = /^[a-z0-9-]{1,64}$/;
const vaultsRoot = (dataDir: string) => join(dataDir, 'vaults');

/** Vault folders with an open database, so nothing moves or deletes files under a live connection. */
const openDirs = new Map<string, number>();
const isOpen = (dir: string) => (openDirs.get(resolve(dir)) ?? 0) > 0;
function track(dir: string, delta: 1 | -1): void {
  const key = resolve(dir);
  const count = (openDirs.get(key) ?? 0) + delta;
  if (count > 0) openDirs.set(key, count);
  else openDirs.delete(key);
}

const notFound = () =>
  new HavenError('vault-not-found', "Haven can't find that journal anymore. Pick it again from the list.");

function locate(dataDir: string, id: string): { files: ReturnType<typeof vaultFiles>; header: VaultHeader } {
  if (!ID.test(id)) throw notFound();
  const files = vaultFiles(join(vaultsRoot(dataDir), id));
  try {
    return { files, header: readHeader(files.header) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // A journal whose header.json went missing is still there to repair, not gone.
      if (existsSync(files.db)) throw new HavenError('vault-damaged', HEADER_MISSING, { file: 'header.json' });
      throw notFound();
    }
    throw error;
  }
}

const HEADER_MISSING =
  'This journal’s key file is missing, so Haven can’t open it yet. Choose “Repair journal” to put back the copy Haven keeps.';

/** A journal's folder, whether or not its header reads: for repair, backups and restore. */
function locateFolder(dataDir: string, id: string): ReturnType<typeof vaultFiles> {
  if (!ID.test(id)) throw notFound();
  const files = vaultFiles(join(vaultsRoot(dataDir), id));
  if (!existsSync(files.dir)) throw notFound();
  return files;
}

/** The good header copies a journal has, best first: the one beside header.json, then each backup's, newest first. */
const headerCopies = (files: ReturnType<typeof vaultFiles>) => [
  files.headerCopy,
  ...backups.headerCopiesNewestFirst(files.dir),
];

/**
 * What createVault (or restoring a backup file) leaves when it is cut off before the header is written: no header
 * and no copy of one anywhere, nothing a first unlock would have made (backups, attempts), and at most a
 * database holding the empty schema. Anything more is someone's journal, to be listed as needing repair.
 */
const FRESH_DATABASE_MAX_BYTES = 512 * 1024;
const HALF_CREATED_FILES = new Set(['vault.db', 'vault.db-wal', 'vault.db-shm']);
function isHalfCreated(files: ReturnType<typeof vaultFiles>): boolean {
  let names: string[];
  try {
    names = readdirSync(files.dir);
  } catch {
    return false;
  }
  if (!names.every((name) => HALF_CREATED_FILES.has(name) || /^\.[0-9a-f]{12}\.tmp$/.test(name))) return false;
  const bytes = ['vault.db', 'vault.db-wal']
    .map((name) => join(files.dir, name))
    .reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
  return bytes <= FRESH_DATABASE_MAX_BYTES;
}

const DAMAGE_MARK = 'damage-found.json';

/** Remembers that damage was found, so the lock screen shows the journal as damaged before anyone unlocks it. */
export function markDamaged(dir: string, cause: string, now: Date): void {
  try {
    writeFileAtomic(join(dir, DAMAGE_MARK), `${JSON.stringify({ foundAt: now.toISOString(), cause })}\n`);
  } catch {
    // The damage itself is reported to the person either way; the mark only helps the next lock screen.
  }
}
const isMarkedDamaged = (dir: string) => existsSync(join(dir, DAMAGE_MARK));
const clearDamageMark = (dir: string) => rmSync(join(dir, DAMAGE_MARK), { force: true });

function requireClosed(dir: string): void {
  if (isOpen(dir)) throw new HavenError('vault-open', 'Lock your journal first, then try again.');
}

/**
 * Every new passphrase (a new journal, a recovery, a change) meets the one rule the lock screen shows while it
 * is typed; checked here too, so no caller can skip it.
 */
async function requireNewPassphrase(passphrase: string, journalName: string): Promise<void> {
  if (passphrase.length === 0) {
    throw new HavenError('weak-passphrase', 'Choose a passphrase to protect your journal.');
  }
  const rule = await loadPassphraseRule();
  const verdict = rule.judge(passphrase, relatedWords(journalName));
  if (!verdict.strongEnough) {
    const example = rule.example();
    throw new HavenError('weak-passphrase', refusalMessage(verdict, example), { score: verdict.score, example });
  }
}

const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function listVaults(dataDir: string, now: Date): VaultSummary[] {
  let ids: string[];
  try {
    ids = readdirSync(vaultsRoot(dataDir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && ID.test(entry.name))
      .map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const summaries: VaultSummary[] = [];
  for (const id of ids) {
    const files = vaultFiles(join(vaultsRoot(dataDir), id));
    let waitFor = 0;
    try {
      waitFor = waitSeconds(readAttempts(files.attempts), now);
    } catch {
      // An unreadable attempts file must not hide the journal; unlocking reads it again and says so.
    }
    let header: VaultHeader | null = null;
    try {
      header = readHeader(files.header);
    } catch {
      // Missing or damaged: below, either a half-created folder to clear away or a journal needing repair.
    }
    if (header) {
      summaries.push({
        id,
        name: header.name,
        waitSeconds: waitFor,
        ...(isMarkedDamaged(files.dir) ? { status: 'damaged' as const } : {}),
      });
      continue;
    }
    if (!isOpen(files.dir) && isHalfCreated(files)) {
      rmSync(files.dir, { recursive: true, force: true });
      continue;
    }
    // Without a database there is nothing of the person's to repair (a stray or foreign folder): not a journal.
    if (!existsSync(files.db) || statSync(files.db).size === 0) continue;
    const copy = readFirstHeader(headerCopies(files));
    summaries.push({ id, name: copy?.name ?? UNNAMED, waitSeconds: waitFor, status: 'needs-repair' });
  }
  return summaries.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

const UNNAMED = 'A journal without its name';

/**
 * Puts back a damaged or missing header.json from the copy beside it or, failing that, from the newest backup's
 * copy. The damaged file is kept aside under a new name, never overwritten: it may still matter to a rescue.
 */
export function repairHeader(dataDir: string, id: string, now: Date = new Date()): VaultSummary {
  const files = locateFolder(dataDir, id);
  requireClosed(files.dir);
  const current = readFirstHeader([files.header]);
  if (current) return { id, name: current.name, waitSeconds: 0 };
  const copy = readFirstHeader(headerCopies(files));
  if (!copy) {
    throw new HavenError(
      'not-found',
      'Haven has no good copy of this journal’s key file. If you saved a backup file with “Save a backup…”, choose “Restore from backup” and pick it there: it opens as a journal again.',
    );
  }
  if (existsSync(files.header)) renameSync(files.header, join(files.dir, `header.damaged-${now.getTime()}.json`));
  writeHeader(files.header, copy);
  return { id, name: copy.name, waitSeconds: 0 };
}

export interface CreateVaultOptions {
  /** A fixed scrypt cost instead of calibration, for tests that unlock many times; the app always calibrates. */
  kdf?: KdfOverrides;
  /** How the cost for this computer is found; calibrateKdf unless a test measures it its own way. */
  calibrate?: () => Promise<KdfCost>;
}

export async function createVault(
  dataDir: string,
  name: string,
  passphrase: string,
  options: CreateVaultOptions = {},
): Promise<{ summary: VaultSummary; recoveryKey: string }> {
  const displayName = name.normalize('NFC').trim();
  if (displayName.length === 0 || displayName.length > 80) {
    throw new HavenError('invalid-input', 'Give your journal a name of up to 80 characters.');
  }
  await requireNewPassphrase(passphrase, displayName);
  if (listVaults(dataDir, new Date()).some((vault) => nameKey(vault.name) === nameKey(displayName))) {
    throw new HavenError('vault-exists', `There's already a journal called "${displayName}". Choose another name.`);
  }

  const kdf = newKdfParams(options.kdf ?? (await (options.calibrate ?? calibrateKdf)()));
  const passphraseKey = await deriveKey(passphrase, kdf);
  const dataKey = randomBytes(32);
  const recovery = newRecoveryBytes();
  const recoveryKey = recoveryWrappingKey(recovery, kdf.salt);
  const root = vaultsRoot(dataDir);
  const id = randomBytes(8).toString('hex');
  const files = vaultFiles(join(root, id));
  try {
    mkdirSync(root, { recursive: true, mode: PRIVATE_DIR_MODE });
    mkdirSync(files.dir, { mode: PRIVATE_DIR_MODE });
    closeVaultDatabase(createVaultDatabase(files.db, dataKey));
    // The header goes last: until it exists the folder isn't listed, so a crash here leaves no half journal.
    writeHeader(files.header, {
      format: VAULT_FORMAT,
      name: displayName,
      kdf,
      wrapped: {
        passphrase: wrapKey(dataKey, passphraseKey, 'passphrase'),
        recovery: wrapKey(dataKey, recoveryKey, 'recovery'),
      },
    });
    fsyncDir(root);
    return { summary: { id, name: displayName, waitSeconds: 0 }, recoveryKey: formatRecoveryKey(recovery) };
  } catch (error) {
    rmSync(files.dir, { recursive: true, force: true });
    throw error;
  } finally {
    for (const secret of [passphraseKey, dataKey, recovery, recoveryKey]) secret.fill(0);
  }
}

const pausing = (wait: number) =>
  new HavenError(
    'too-many-attempts',
    `That's several tries in a row, so Haven is pausing for a while. You can try again in ${formatWait(wait)}.`,
    { waitSeconds: wait },
  );

/**
 * The one passphrase check every operation goes through, one try at a time per vault: the wait after repeated
 * failures is enforced before any work, the try is counted before its one KDF run (and the count cleared if
 * the passphrase is right), so neither tries at once nor a process killed mid-try get around the wait.
 */
function unwrapWithPassphrase(
  files: ReturnType<typeof vaultFiles>,
  header: VaultHeader,
  passphrase: string,
  now: Date,
): Promise<Buffer> {
  return oneAtATime(resolve(files.attempts), async () => {
    const wait = waitSeconds(readAttempts(files.attempts), now);
    if (wait > 0) throw pausing(wait);
    if (passphrase.length === 0) throw new HavenError('invalid-input', 'Type your passphrase, then try again.');
    let counted: AttemptState;
    try {
      counted = recordFailure(files.attempts, now);
    } catch (error) {
      // Uncounted tries would be free tries: without a place to count them, none is tried at all.
      throw new HavenError(
        'disk',
        "Haven couldn't note this try on your disk, so it hasn't checked the passphrase. Make sure your disk has free space and Haven's folder can be written to, then try again.",
        { cause: String((error as { code?: unknown }).code ?? error) },
      );
    }
    const key = await deriveKey(passphrase, header.kdf);
    let dataKey: Buffer | null;
    try {
      dataKey = unwrapKey(header.wrapped.passphrase, key, 'passphrase');
    } finally {
      key.fill(0);
    }
    if (!dataKey) {
      const next = waitSeconds(counted, now);
      throw new HavenError(
        'wrong-passphrase',
        "That passphrase doesn't open this journal. Check Caps Lock and try again.",
        next > 0 ? { waitSeconds: next } : undefined,
      );
    }
    try {
      resetAttempts(files.attempts);
    } catch {
      // The passphrase is proven; a count that can't be cleared must not keep its owner out.
    }
    return dataKey;
  });
}

/** The header that just opened the journal is proven good: keep the copy beside it in step. */
function keepHeaderCopy(files: ReturnType<typeof vaultFiles>, header: VaultHeader): void {
  const text = serializeHeader(header);
  try {
    if (existsSync(files.headerCopy) && readFileSync(files.headerCopy, 'utf8') === text) return;
    writeFileAtomic(files.headerCopy, text);
  } catch {
    // A missing copy costs nothing today; the next unlock tries again.
  }
}

/** Opens the database with the already-verified data key (no second KDF) and wipes the key once SQLite has it. */
function openWithKey(
  id: string,
  name: string,
  files: ReturnType<typeof vaultFiles>,
  dataKey: Buffer,
  now: Date,
  options: OpenOptions = {},
): OpenVault {
  // Once a day (no daily backup yet), and after damage was found, every page is read back before it is trusted.
  const checkDue = !backups.hasScheduledBackup(files.dir, now) || isMarkedDamaged(files.dir);
  let db: Database.Database;
  let pendingCheck: CheckJob | null = null;
  let checkedInline: boolean;
  try {
    const markedDamaged = isMarkedDamaged(files.dir);
    // Read in full before the read-write connection exists: checked in place when asked, or for a journal
    // already found damaged (whose file must stay untouched if it still fails).
    const inline = checkDue && !options.checked && (!options.checkBeside || markedDamaged);
    const open = (fullCheck: boolean) => {
      try {
        return openVaultDatabase(files.db, dataKey, { fullCheck });
      } catch (error) {
        if (error instanceof HavenError && error.code === 'vault-damaged') markDamaged(files.dir, 'open', now);
        throw error;
      }
    };
    db = open(inline);
    checkedInline = inline || (checkDue && options.checked === true);
    if (checkDue && !checkedInline) {
      if ((db.pragma('user_version', { simple: true }) as number) < LATEST_VERSION) {
        // A schema update writes into the file, so on an update day the check comes first, as it used to.
        closeWithoutCheckpoint(db);
        db = open(true);
        checkedInline = true;
      } else {
        // Its own copy, in a buffer of its own (never Node's shared pool), so the worker can take and wipe it.
        const key = new ArrayBuffer(dataKey.length);
        new Uint8Array(key).set(dataKey);
        pendingCheck = { file: files.db, key, snapshotTo: backups.scheduledSnapshotPath(files.dir, now) };
      }
    }
  } finally {
    dataKey.fill(0);
  }
  try {
    if (checkedInline) clearDamageMark(files.dir);
    runMigrations(db, { beforeFirst: () => backups.takeBackup(db, files.dir, 'before-migration', now) });
    if (checkedInline) {
      try {
        backups.takeScheduledBackup(db, files.dir, now);
      } catch (error) {
        // A missed daily copy must not keep someone out of their journal; the next unlock tries again.
        if (!(error instanceof HavenError && error.code === 'disk')) throw error;
      }
    }
  } catch (error) {
    db.close();
    if (pendingCheck) new Uint8Array(pendingCheck.key).fill(0);
    throw error;
  }
  track(files.dir, 1);
  let closed = false;
  const release = () => {
    if (closed) return false;
    closed = true;
    track(files.dir, -1);
    return true;
  };
  return {
    id,
    name,
    dir: files.dir,
    db,
    pendingCheck,
    close(closeOptions = {}) {
      if (!release()) return;
      if (closeOptions.checkpoint === false) closeWithoutCheckpoint(db);
      else closeVaultDatabase(db);
    },
    abandon(cause, at) {
      if (!release()) return;
      closeWithoutCheckpoint(db);
      markDamaged(files.dir, cause, at);
    },
  };
}

export async function unlockVault(
  dataDir: string,
  id: string,
  passphrase: string,
  now: Date,
  options: OpenOptions = {},
): Promise<OpenVault> {
  const { files, header } = locate(dataDir, id);
  const dataKey = await unwrapWithPassphrase(files, header, passphrase, now);
  const open = openWithKey(id, header.name, files, dataKey, now, options);
  keepHeaderCopy(files, header);
  return open;
}

/**
 * The recovery key opens the vault and a new passphrase takes the old one's place. No attempt throttle:
 * guessing 160 random bits is hopeless, and someone locked out by the throttle is exactly who needs this.
 * The journal is opened, fully checked, before the header changes: on a damaged journal the passphrase stays
 * as it was, and header.json is not touched at all.
 */
export async function recoverVault(
  dataDir: string,
  id: string,
  recoveryKey: string,
  newPassphrase: string,
  now: Date,
  options: ChangePassphraseOptions = {},
): Promise<OpenVault> {
  const { files, header } = locate(dataDir, id);
  await requireNewPassphrase(newPassphrase, header.name);
  const recovery = parseRecoveryKey(recoveryKey);
  let dataKey: Buffer | null = null;
  if (recovery) {
    const wrappingKey = recoveryWrappingKey(recovery, header.kdf.salt);
    dataKey = unwrapKey(header.wrapped.recovery, wrappingKey, 'recovery');
    wrappingKey.fill(0);
    recovery.fill(0);
  }
  if (!dataKey) {
    throw new HavenError(
      'wrong-recovery-key',
      "That recovery key doesn't open this journal. Check each group of four characters and try again.",
    );
  }
  let open: OpenVault;
  try {
    // openWithKey wipes the key it is given; the rewrap below still needs one.
    const keyForOpen = Buffer.alloc(dataKey.length);
    dataKey.copy(keyForOpen);
    // Recovery is rare and about to change the passphrase, so the check runs first, here, whatever the day.
    const check = new Uint8Array(dataKey.length);
    check.set(dataKey);
    const result = checkDatabase(files.db, check);
    if (result.outcome === 'damaged') {
      keyForOpen.fill(0);
      markDamaged(files.dir, result.cause, now);
      throw damageFound({ code: result.cause });
    }
    open = openWithKey(id, header.name, files, keyForOpen, now, { checked: true });
    try {
      // A new passphrase, so a new calibration too, as for a change: the cost may rise, never fall.
      const cost = await (options.calibrate ?? calibrateKdf)();
      await rewrapPassphrase(files.header, header, dataKey, newPassphrase, cost);
    } catch (error) {
      open.close();
      throw error;
    }
  } finally {
    dataKey.fill(0);
  }
  resetAttempts(files.attempts);
  return open;
}

/**
 * Re-wraps the data key under a new passphrase: only header.json changes; the database is not re-encrypted.
 * The cost may rise to `cost` (never fall); the salt stays, because the recovery slot's key is derived from
 * it and the recovery key itself is not at hand to wrap again.
 */
async function rewrapPassphrase(
  file: string,
  header: VaultHeader,
  dataKey: Buffer,
  passphrase: string,
  cost: KdfCost = header.kdf,
): Promise<void> {
  const { N, r, p } = dearerKdf(header.kdf, cost);
  const kdf = { ...header.kdf, N, r, p };
  const key = await deriveKey(passphrase, kdf);
  try {
    writeHeader(file, {
      ...header,
      kdf,
      wrapped: { ...header.wrapped, passphrase: wrapKey(dataKey, key, 'passphrase') },
    });
  } finally {
    key.fill(0);
  }
}

export interface ChangePassphraseOptions {
  /** How the cost for this computer is found; calibrateKdf unless a test measures it its own way. */
  calibrate?: () => Promise<KdfCost>;
}

/** A new passphrase, and a new calibration: a vault made on a slower computer gets the dearer cost this one allows. */
export async function changePassphrase(
  dataDir: string,
  id: string,
  oldPassphrase: string,
  newPassphrase: string,
  now: Date = new Date(),
  options: ChangePassphraseOptions = {},
): Promise<void> {
  const { files, header } = locate(dataDir, id);
  await requireNewPassphrase(newPassphrase, header.name);
  const dataKey = await unwrapWithPassphrase(files, header, oldPassphrase, now);
  try {
    const cost = await (options.calibrate ?? calibrateKdf)();
    await rewrapPassphrase(files.header, header, dataKey, newPassphrase, cost);
  } finally {
    dataKey.fill(0);
  }
}

/** A new recovery key replaces the old one, which stops working at once. Returns it for showing once. */
export async function replaceRecoveryKey(
  dataDir: string,
  id: string,
  passphrase: string,
  now: Date = new Date(),
): Promise<string> {
  const { files, header } = locate(dataDir, id);
  const dataKey = await unwrapWithPassphrase(files, header, passphrase, now);
  const recovery = newRecoveryBytes();
  const wrappingKey = recoveryWrappingKey(recovery, header.kdf.salt);
  try {
    writeHeader(files.header, {
      ...header,
      wrapped: { ...header.wrapped, recovery: wrapKey(dataKey, wrappingKey, 'recovery') },
    });
    return formatRecoveryKey(recovery);
  } finally {
    for (const secret of [dataKey, recovery, wrappingKey]) secret.fill(0);
  }
}

/**
 * Deletes a journal and its backups. Both the passphrase and the exact name are asked for, so neither a
 * slip nor someone else at the keyboard can do it alone.
 */
/** Checks the typed name and the passphrase for deleting a journal; the journal may still be open. */
export async function confirmDeletion(
  dataDir: string,
  id: string,
  passphrase: string,
  confirmName: string,
  now: Date = new Date(),
): Promise<void> {
  const { files, header } = locate(dataDir, id);
  if (confirmName !== header.name) {
    throw new HavenError('name-mismatch', `To delete it, type the journal's name exactly: ${header.name}`);
  }
  (await unwrapWithPassphrase(files, header, passphrase, now)).fill(0);
}

/**
 * Removes a closed journal's folder, synchronously: a caller that locks the journal just before can't let the
 * lock screen list it in between.
 */
export function removeVault(dataDir: string, id: string): void {
  const { files } = locate(dataDir, id);
  requireClosed(files.dir);
  // Renamed out of the list first, so an interrupted delete never shows a half-deleted journal.
  const root = vaultsRoot(dataDir);
  const doomed = join(root, `.deleting-${id}`);
  renameSync(files.dir, doomed);
  fsyncDir(root);
  rmSync(doomed, { recursive: true, force: true });
}

export async function deleteVault(
  dataDir: string,
  id: string,
  passphrase: string,
  confirmName: string,
  now: Date = new Date(),
): Promise<void> {
  requireClosed(locate(dataDir, id).files.dir);
  await confirmDeletion(dataDir, id, passphrase, confirmName, now);
  removeVault(dataDir, id);
}

export function listBackups(dataDir: string, id: string): BackupInfo[] {
  return backups.listBackups(locateFolder(dataDir, id).dir);
}

/**
 * Restores a backup into a closed vault; the replaced database is kept as a before-restore backup. A journal
 * whose header can't be read gets the header that came with the backup (or the copy beside it) back as well.
 */
export function restoreBackup(dataDir: string, id: string, backupId: string, now: Date = new Date()): void {
  const files = locateFolder(dataDir, id);
  requireClosed(files.dir);
  backups.restoreBackup(files.dir, backupId, now);
  clearDamageMark(files.dir);
  if (readFirstHeader([files.header])) return;
  const header = readFirstHeader([backups.headerCopyFor(files.dir, backupId), ...headerCopies(files)]);
  if (!header) return;
  if (existsSync(files.header)) renameSync(files.header, join(files.dir, `header.damaged-${now.getTime()}.json`));
  writeHeader(files.header, header);
}
