import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey, unwrapKey, wrapKey } from '../../../main/vault/keys';

describe('recovery key as people copy it', () => {
  it('reads back the same key from paper: any case, spaces or dashes, I/L for 1, O for 0', () => {
    for (let round = 0; round < 50; round++) {
      const bytes = randomBytes(20);
      const shown = formatRecoveryKey(bytes);
      expect(shown).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
      expect(shown).not.toMatch(/[ILOU]/);
      const copied = shown.toLowerCase().replaceAll('-', ' ').replaceAll('1', 'l').replaceAll('0', 'O');
      expect(parseRecoveryKey(shown)).toEqual(bytes);
      expect(parseRecoveryKey(`  ${copied}  `)).toEqual(bytes);
      expect(parseRecoveryKey(shown.replaceAll('-', ''))).toEqual(bytes);
    }
  });

  it('rejects something that is not a recovery key', () => {
    expect(parseRecoveryKey('')).toBeNull();
    expect(parseRecoveryKey('ABCD-EFGH')).toBeNull();
    expect(parseRecoveryKey('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});

describe('key wrapping', () => {
  it('gives the data key back only to the right key and the right slot', () => {
    const dataKey = randomBytes(32);
    const wrappingKey = randomBytes(32);
    const wrapped = wrapKey(dataKey, wrappingKey, 'passphrase');
    expect(unwrapKey(wrapped, wrappingKey, 'passphrase')).toEqual(dataKey);
    expect(unwrapKey(wrapped, randomBytes(32), 'passphrase')).toBeNull();
    expect(unwrapKey(wrapped, wrappingKey, 'recovery')).toBeNull();
  });
});
