import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { HavenError } from '../errors';
import { writeFileAtomic } from './files';
import { KdfParams, VAULT_FORMAT, WrappedKey } from './keys';

/**
 * header.json: the only plaintext a vault keeps beside its database (DESIGN §4). Strict schemas on purpose:
 * a field that is not listed here has no business being in the clear, so reading refuses it.
 */
export const VaultHeader = z.strictObject({
  format: z.literal(VAULT_FORMAT),
  name: z.string().min(1).max(80),
  kdf: KdfParams,
  wrapped: z.strictObject({ passphrase: WrappedKey, recovery: WrappedKey }),
});
export type VaultHeader = z.infer<typeof VaultHeader>;

const DAMAGED =
  'This journal’s key file is damaged, so Haven can’t open it yet. Your writing is still there: choose “Repair journal” to put back the copy Haven keeps.';

/** Missing files pass through as ENOENT so the caller can say "not found" rather than "damaged". */
export function readHeader(file: string): VaultHeader {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    throw new HavenError('vault-damaged', DAMAGED, { file: 'header.json' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HavenError('vault-damaged', DAMAGED, { file: 'header.json' });
  }
  const parsed = VaultHeader.safeParse(json);
  if (!parsed.success) throw new HavenError('vault-damaged', DAMAGED, { file: 'header.json' });
  return parsed.data;
}

/** The second copy kept beside header.json: one damaged file must never be the only key to a journal. */
export const HEADER_COPY = 'header.backup.json';
export const headerCopyOf = (file: string) => join(dirname(file), HEADER_COPY);

export const serializeHeader = (header: VaultHeader) => `${JSON.stringify(VaultHeader.parse(header), null, 2)}\n`;

/**
 * Atomic, so a crash while changing the passphrase leaves the old header or the new one, both valid. The copy is
 * written second: if a crash falls between the two, the copy still holds the previous header, which opens the
 * same data key (only its passphrase slot differs).
 */
export function writeHeader(file: string, header: VaultHeader): void {
  const text = serializeHeader(header);
  writeFileAtomic(file, text);
  writeFileAtomic(headerCopyOf(file), text);
}

/** The first of these files that reads as a valid header, or null when none does (missing or damaged alike). */
export function readFirstHeader(files: readonly string[]): VaultHeader | null {
  for (const file of files) {
    try {
      return readHeader(file);
    } catch {
      // Damaged or missing: the next candidate may still hold a good copy.
    }
  }
  return null;
}
