import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { BackupInfo, VaultSummary } from '../../preload/contract';
import { HavenError } from '../errors';
import * as backups from './backups';
import { closeVaultDatabase, createVaultDatabase, openVaultDatabase } from './database';
import { PRIVATE_DIR_MODE, fsyncDir } from './files';
import { readHeader, writeHeader, type VaultHeader } from './header';
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
import { runMigrations } from './migrations/index';
import { vaultFiles } from './paths';
import { oneAtATime, readAttempts, recordFailure, resetAttempts, waitSeconds, type AttemptState } from './throttle';

/**
 * The vault operations over a data directory: <dataDir>/vaults/<id>/ holds header.json, vault.db, backups/
 * and attempts.json. Every secret (derived keys, the data key, recovery bytes) lives in a Buffer that is
 * zero-filled as soon as it has done its job; the data key is handed to SQLite at open and wiped right
 * after, so an open vault holds no copy of it in JavaScript at all.
 */

export interface OpenVault {
  id: string;
  name: string;
  dir: string;
  db: Database.Database;
  /** Folds the WAL into the database and closes it; SQLite frees its copy of the key. Safe to call twice. */
  close(): void;
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
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound();
    throw error;
  }
}

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
    try {
      const { files, header } = locate(dataDir, id);
      summaries.push({ id, name: header.name, waitSeconds: waitSeconds(readAttempts(files.attempts), now) });
    } catch {
      // A folder without a readable header (half-created, damaged, foreign) is not a journal to offer.
    }
  }
  return summaries.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
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

/** Opens the database with the already-verified data key (no second KDF) and wipes the key once SQLite has it. */
function openWithKey(
  id: string,
  name: string,
  files: ReturnType<typeof vaultFiles>,
  dataKey: Buffer,
  now: Date,
): OpenVault {
  let db: Database.Database;
  try {
    db = openVaultDatabase(files.db, dataKey, { fullCheck: !backups.hasScheduledBackup(files.dir, now) });
  } finally {
    dataKey.fill(0);
  }
  try {
    runMigrations(db, { beforeFirst: () => backups.takeBackup(db, files.dir, 'before-migration', now) });
    try {
      backups.takeScheduledBackup(db, files.dir, now);
    } catch (error) {
      // A missed daily copy must not keep someone out of their journal; the next unlock tries again.
      if (!(error instanceof HavenError && error.code === 'disk')) throw error;
    }
  } catch (error) {
    db.close();
    throw error;
  }
  track(files.dir, 1);
  let closed = false;
  return {
    id,
    name,
    dir: files.dir,
    db,
    close() {
      if (closed) return;
      closed = true;
      track(files.dir, -1);
      closeVaultDatabase(db);
    },
  };
}

export async function unlockVault(dataDir: string, id: string, passphrase: string, now: Date): Promise<OpenVault> {
  const { files, header } = locate(dataDir, id);
  const dataKey = await unwrapWithPassphrase(files, header, passphrase, now);
  return openWithKey(id, header.name, files, dataKey, now);
}

/**
 * The recovery key opens the vault and a new passphrase takes the old one's place. No attempt throttle:
 * guessing 160 random bits is hopeless, and someone locked out by the throttle is exactly who needs this.
 */
export async function recoverVault(
  dataDir: string,
  id: string,
  recoveryKey: string,
  newPassphrase: string,
  now: Date,
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
  try {
    await rewrapPassphrase(files.header, header, dataKey, newPassphrase);
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  resetAttempts(files.attempts);
  return openWithKey(id, header.name, files, dataKey, now);
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
  return backups.listBackups(locate(dataDir, id).files.dir);
}

/** Restores a backup into a closed vault; the replaced database is kept as a before-restore backup. */
export function restoreBackup(dataDir: string, id: string, backupId: string, now: Date = new Date()): void {
  const { files } = locate(dataDir, id);
  requireClosed(files.dir);
  backups.restoreBackup(files.dir, backupId, now);
}
