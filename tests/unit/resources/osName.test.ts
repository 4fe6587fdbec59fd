import { describe, expect, it } from 'vitest';
import { osName } from '../../../resources/platform/osName';

describe('osName', () => {
  it('names the three desktop systems as people know them', () => {
    expect(osName('linux')).toBe('Linux');
    expect(osName('darwin')).toBe('macOS');
    expect(osName('win32')).toBe('Windows');
  });

  it('names a system it does not know as reported, with a capital, and never leaves the line empty', () => {
    expect(osName('haiku')).toBe('Haiku');
    expect(osName('')).toBe('Unknown system');
  });
});
