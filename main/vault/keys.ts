import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

/**
 * Key derivation and wrapping. The vault's random 256-bit data key never changes; what changes is how it is
 * wrapped: once under a key derived from the passphrase (slow, memory-hard, because people choose
 * passphrases) and once under a key derived from the recovery key (fast, because it is 160 random bits).
 * Every secret lives in a Buffer that the caller zero-fills when done; none is ever turned into a string.
 */

/** The on-disk format these keys are wrapped for; bound into every wrapping so a slot can't be replayed. */
export const VAULT_FORMAT = 1;

const base64Of = (bytes: number) =>
  z.base64().refine((value) => Buffer.from(value, 'base64').length === bytes, `${bytes} bytes, base64`);

/**
 * Bounds on the stored parameters: the floor keeps a tampered or careless header from making the passphrase
 * cheap to guess; the ceiling keeps a tampered header from asking for gigabytes of memory at unlock.
 */
const MIN_LOG_N = 14;
const MAX_LOG_N = 20;
export const KdfParams = z.strictObject({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .refine((n) => Number.isInteger(Math.log2(n)) && Math.log2(n) >= MIN_LOG_N && Math.log2(n) <= MAX_LOG_N, {
      message: `a power of two from 2^${MIN_LOG_N} to 2^${MAX_LOG_N}`,
    }),
  r: z.number().int().min(8).max(16),
  p: z.number().int().min(1).max(4),
  salt: base64Of(16),
});
export type KdfParams = z.infer<typeof KdfParams>;

/** The cost half of the parameters: what calibration chooses and a passphrase change may raise. */
export type KdfCost = Pick<KdfParams, 'N' | 'r' | 'p'>;

/**
 * scrypt at the OWASP floor (N=2^17, r=8, p=1: 128 MiB, one pass). Haven never chooses less; it runs the same
 * under Electron's BoringSSL, unlike Argon2.
 */
export const DEFAULT_KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;

export type KdfOverrides = Partial<KdfCost>;

/** Fresh parameters for a new vault: the given cost (the floor by default, lower only in tests) and a new salt. */
export function newKdfParams(cost: KdfOverrides = {}): KdfParams {
  return KdfParams.parse({ ...DEFAULT_KDF, ...cost, salt: randomBytes(16).toString('base64') });
}

/** Bytes scrypt holds while it runs (128·N·r), and the work of one run (N·r·p), which its time follows. */
export const kdfMemoryBytes = (cost: KdfCost) => 128 * cost.N * cost.r;
export const kdfWork = (cost: KdfCost) => cost.N * cost.r * cost.p;

/**
 * The costs calibration picks from, cheapest first, as multiples of the floor's time: N grows first (more
 * memory is what makes guessing on graphics cards dear), up to 256 MiB, which any computer running Haven can
 * spare for half a second; then p, which adds time without memory.
 */
export const KDF_STEPS: readonly KdfCost[] = [
  { N: 2 ** 17, r: 8, p: 1 },
  { N: 2 ** 18, r: 8, p: 1 },
  { N: 2 ** 18, r: 8, p: 2 },
  { N: 2 ** 18, r: 8, p: 3 },
  { N: 2 ** 18, r: 8, p: 4 },
];

/** About half a second per unlock: inside DESIGN §6's 0.3–1 s, with room either way for a busy or idle computer. */
export const KDF_TARGET_SECONDS = 0.5;
export const KDF_BUDGET_SECONDS = { min: 0.3, max: 1 } as const;

/**
 * The cost whose expected time on this computer is nearest the target, given how long one run at the floor
 * took here. Never above the budget's 1 s unless the floor itself is slower; never below the floor.
 */
export function chooseKdfCost(floorSeconds: number): KdfCost {
  const floorWork = kdfWork(KDF_STEPS[0]!);
  let best = KDF_STEPS[0]!;
  let bestDistance = Infinity;
  for (const step of KDF_STEPS) {
    const expected = (floorSeconds * kdfWork(step)) / floorWork;
    if (step !== KDF_STEPS[0] && expected > KDF_BUDGET_SECONDS.max) break;
    const distance = Math.abs(Math.log(expected / KDF_TARGET_SECONDS));
    if (distance <= bestDistance) {
      best = step;
      bestDistance = distance;
    }
  }
  return { ...best };
}

export interface Calibration {
  /** A clock in milliseconds. */
  now?: () => number;
  /** One KDF run at the given cost. */
  run?: (cost: KdfCost) => Promise<void>;
}

async function runOnce(cost: KdfCost): Promise<void> {
  const salt = randomBytes(16).toString('base64');
  (await deriveKey(randomBytes(16).toString('hex'), { name: 'scrypt', ...cost, salt })).fill(0);
}

/**
 * Measures one run at the floor on this computer and picks the cost for about half a second, as KeePassXC
 * does when a database is made. One run is the measure because every unlock is one run from cold, too.
 */
export async function calibrateKdf({
  now = () => performance.now(),
  run = runOnce,
}: Calibration = {}): Promise<KdfCost> {
  const start = now();
  await run(KDF_STEPS[0]!);
  return chooseKdfCost((now() - start) / 1000);
}

/** The dearer of two costs: a passphrase change may raise a vault's cost, never lower it. */
export const dearerKdf = (a: KdfCost, b: KdfCost): KdfCost => (kdfWork(b) > kdfWork(a) ? b : a);

/**
 * The most a backup file may ask for: four times the dearest cost Haven itself chooses, in memory and in
 * work. That leaves room for a later Haven that allows dearer costs; beyond it is a file made to tie this
 * computer up (or exhaust its memory) at unlock.
 */
const DEAREST = KDF_STEPS[KDF_STEPS.length - 1]!;
export const KDF_CEILING = { memoryBytes: 4 * kdfMemoryBytes(DEAREST), work: 4 * kdfWork(DEAREST) } as const;
export const withinKdfCeiling = (cost: KdfCost) =>
  kdfMemoryBytes(cost) <= KDF_CEILING.memoryBytes && kdfWork(cost) <= KDF_CEILING.work;

/**
 * The passphrase's wrapping key: one scrypt run on the libuv thread pool, so the main process keeps
 * answering while it works. NFC normalization makes "é" typed as one code point or as e + accent the same
 * passphrase, whichever keyboard or OS typed it.
 */
export function deriveKey(passphrase: string, params: KdfParams): Promise<Buffer> {
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  const salt = Buffer.from(params.salt, 'base64');
  // scrypt needs 128·N·r·p bytes; Node's default cap (32 MiB) is below the OWASP floor.
  const maxmem = Math.max(256 * 1024 * 1024, 2 * 128 * params.N * params.r * params.p);
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, 32, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) => {
      secret.fill(0);
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export type Slot = 'passphrase' | 'recovery';

export const WrappedKey = z.strictObject({ iv: base64Of(12), data: base64Of(48) });
export type WrappedKey = z.infer<typeof WrappedKey>;

const TAG_BYTES = 16;
const aad = (slot: Slot) => Buffer.from(`haven vault v${VAULT_FORMAT} ${slot}`, 'utf8');

/** AES-256-GCM: the tag makes a wrong wrapping key (a wrong passphrase) detectable without touching the database. */
export function wrapKey(dataKey: Buffer, wrappingKey: Buffer, slot: Slot): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(slot));
  const data = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return { iv: iv.toString('base64'), data: data.toString('base64') };
}

/** The data key, or null when the wrapping key is wrong or the slot was tampered with. */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, slot: Slot): Buffer | null {
  const data = Buffer.from(wrapped.data, 'base64');
  if (data.length !== 32 + TAG_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(aad(slot));
  decipher.setAuthTag(data.subarray(32));
  // GCM hands out plaintext before it checks the tag: wipe it if the check fails.
  const key = decipher.update(data.subarray(0, 32));
  try {
    decipher.final();
    return key;
  } catch {
    key.fill(0);
    return null;
  }
}

/**
 * The recovery key's wrapping key. The recovery key is 160 random bits, so a slow KDF would add nothing;
 * HKDF just turns it into an AES key, with the vault's salt and a purpose label for domain separation.
 */
export function recoveryWrappingKey(recovery: Buffer, salt: string): Buffer {
  return Buffer.from(hkdfSync('sha256', recovery, Buffer.from(salt, 'base64'), 'haven recovery v1', 32));
}

/**
 * Crockford's base32 leaves out I, L, O and U, so a key copied by hand from paper can't be misread;
 * on input those look-alikes are read as the digits people meant.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_BYTES = 20;
const RECOVERY_CHARS = (RECOVERY_BYTES * 8) / 5;

export function newRecoveryBytes(): Buffer {
  return randomBytes(RECOVERY_BYTES);
}

/** 20 bytes as 32 characters in 8 groups of 4: "7XQ2-…". */
export function formatRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(value >>> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** The recovery key's bytes, read leniently (any case, spaces or dashes, I/L for 1, O for 0), or null. */
export function parseRecoveryKey(text: string): Buffer | null {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (chars.length !== RECOVERY_CHARS) return null;
  const bytes = Buffer.alloc(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of chars) {
    const digit = CROCKFORD.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (value >>> bits) & 0xff;
    }
  }
  return bytes;
}
