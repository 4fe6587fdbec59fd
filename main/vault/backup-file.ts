import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import type { VaultSummary } from '../../preload/contract';
import { HavenError } from '../errors';
import { isDamageError } from './database';
import { PRIVATE_DIR_MODE, fsyncDir, writeFileAtomic } from './files';
import { HEADER_COPY, VaultHeader, readFirstHeader, writeHeader } from './header';
import { withinKdfCeiling } from './keys';
import { vaultFiles } from './paths';
import { listVaults, type OpenVault } from './store';

/**
 * A backup file the person saves anywhere ("Save a backup…") and restores from the lock screen. It is a zip,
 * stored without compression (encrypted pages don't compress), of three files:
 *   haven-backup.json   { format: 'haven-backup', version: 1, createdAt, bytes, sha256 } of vault.db
 *   header.json         the vault's header as it is: KDF parameters, salt, the two wrapped keys, the name
 *   vault.db            a `VACUUM INTO` copy of the open database: still encrypted under the data key
 * So it holds nothing the vault folder doesn't already keep on disk, and opens with the same passphrase or
 * recovery key. Restoring always makes a new journal beside the others; it never replaces one.
 *
 * The lock screen's restore also takes an automatic backup picked by hand from a vault's backups/ folder:
 * the header then comes from that vault's folder.
 */

export const BACKUP_FILE_EXTENSION = 'havenbackup';
const MANIFEST = 'haven-backup.json';
const Manifest = z.object({
  format: z.literal('haven-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The largest backup file Haven reads whole into memory. */
const MAX_BYTES = 2 * 1024 ** 3 - 1;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Writes the open vault, still encrypted, with its header, to `destination` as one file. */
export function saveBackupFile(vault: Pick<OpenVault, 'db' | 'dir'>, destination: string, now: Date): void {
  const files = vaultFiles(vault.dir);
  mkdirSync(files.backups, { recursive: true, mode: PRIVATE_DIR_MODE });
  const copy = join(files.backups, `.backup-file-${randomBytes(6).toString('hex')}.tmp`);
  try {
    vault.db.prepare('VACUUM INTO ?').run(copy);
    const db = readFileSync(copy);
    const manifest = {
      format: 'haven-backup',
      version: 1,
      createdAt: now.toISOString(),
      bytes: db.length,
      sha256: sha256(db),
    };
    const zip = zipSync(
      {
        [MANIFEST]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
        'header.json': readFileSync(files.header),
        'vault.db': db,
      },
      { level: 0 },
    );
    writeFileAtomic(destination, zip);
  } catch (error) {
    // A page that fails to read back is damage in the journal, not a problem with the place picked: the router
    // turns it into the damaged state, and no backup is written from a damaged journal.
    if (isDamageError(error)) throw error;
    throw new HavenError(
      'disk',
      `Haven couldn’t write the backup to ${destination}. Pick another place and try again.`,
      {
        cause: String((error as { code?: unknown }).code ?? error),
      },
    );
  } finally {
    rmSync(copy, { force: true });
  }
}

const notABackup = (label: string) =>
  new HavenError(
    'bad-file',
    `“${label}” isn’t a Haven backup. Pick a file saved with “Save a backup…”, or a copy from a journal’s backups folder.`,
  );
const damagedBackup = (label: string) =>
  new HavenError('bad-file', `“${label}” is damaged or incomplete, so Haven can’t restore from it.`);
const tooCostly = (label: string) =>
  new HavenError(
    'bad-file',
    `“${label}” asks for far more memory or time to unlock than Haven ever uses, so it may not come from Haven. Haven hasn’t restored it.`,
  );

/**
 * The KDF cost a header asks for, read before the full check so that a file asking for too much is named
 * for what it is; its cost is refused beyond the ceiling even where the header format would allow it.
 */
const KdfCostOf = z.object({ kdf: z.object({ N: z.number(), r: z.number(), p: z.number() }) });
function requireAffordable(label: string, header: unknown): void {
  const cost = KdfCostOf.safeParse(header);
  if (cost.success && !withinKdfCeiling(cost.data.kdf)) throw tooCostly(label);
}

/** SQLite3MultipleCiphers leaves no plain "SQLite format 3" at the start of an encrypted file. */
const isPlainSqlite = (bytes: Uint8Array) => strFromU8(bytes.subarray(0, 15)) === 'SQLite format 3';

function readBackup(path: string): { header: VaultHeader; db: Uint8Array } {
  const label = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new HavenError(
      'bad-file',
      `Haven can’t open “${label}”: it may have been moved, or Haven may not be allowed to read it.`,
    );
  }
  if (size > MAX_BYTES) throw new HavenError('bad-file', `“${label}” is larger than any Haven backup can be.`);
  const bytes = readFileSync(path);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: (file) => [MANIFEST, 'header.json', 'vault.db'].includes(file.name) });
    } catch {
      throw damagedBackup(label);
    }
    const [manifestBytes, headerBytes, db] = [files[MANIFEST], files['header.json'], files['vault.db']];
    if (!manifestBytes || !headerBytes || !db) throw notABackup(label);
    let manifest: z.infer<typeof Manifest>;
    let raw: unknown;
    try {
      manifest = Manifest.parse(JSON.parse(strFromU8(manifestBytes)));
      raw = JSON.parse(strFromU8(headerBytes));
    } catch {
      throw damagedBackup(label);
    }
    requireAffordable(label, raw);
    const header = VaultHeader.safeParse(raw);
    if (!header.success) throw damagedBackup(label);
    if (db.length !== manifest.bytes || sha256(db) !== manifest.sha256) throw damagedBackup(label);
    return { header: header.data, db };
  }
  // An automatic backup, picked in <vault>/backups/: the header kept with it opens it, else its vault's own.
  const vaultDir = dirname(dirname(path));
  if (basename(dirname(path)) === 'backups' && bytes.length > 0 && !isPlainSqlite(bytes)) {
    const header = readFirstHeader([`${path}.header.json`, join(vaultDir, 'header.json'), join(vaultDir, HEADER_COPY)]);
    if (header) {
      requireAffordable(label, header);
      return { header, db: bytes };
    }
  }
  throw notABackup(label);
}

/** "Robin (restored)", then "Robin (restored 2)": a name no journal here has yet, within 80 characters. */
function freeName(dataDir: string, name: string): string {
  const taken = new Set(
    listVaults(dataDir, new Date()).map((vault) => vault.name.normalize('NFC').trim().toLowerCase()),
  );
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (restored)' : ` (restored ${n})`;
    const candidate = `${name.slice(0, 80 - suffix.length).trim()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Makes a new journal from a backup file; it opens with the passphrase and recovery key the backup had. */
export function restoreBackupFile(dataDir: string, path: string): VaultSummary {
  const { header, db } = readBackup(path);
  const root = join(dataDir, 'vaults');
  const id = randomBytes(8).toString('hex');
  const files = vaultFiles(join(root, id));
  const name = freeName(dataDir, header.name);
  try {
    mkdirSync(root, { recursive: true, mode: PRIVATE_DIR_MODE });
    mkdirSync(files.dir, { mode: PRIVATE_DIR_MODE });
    writeFileAtomic(files.db, db);
    // The header goes last: until it exists the folder isn't listed, so a crash leaves no half journal.
    writeHeader(files.header, { ...header, name });
    fsyncDir(root);
  } catch (error) {
    rmSync(files.dir, { recursive: true, force: true });
    throw new HavenError(
      'disk',
      'Haven couldn’t make a journal from that backup. Check that your disk has free space.',
      {
        cause: String((error as { code?: unknown }).code ?? error),
      },
    );
  }
  return { id, name, waitSeconds: 0 };
}
