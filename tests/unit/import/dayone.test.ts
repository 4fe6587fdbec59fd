import { describe, expect, it } from 'vitest';
import { sourceEntryId } from '../../../main/journal/import/model';
import { blocksOf, derived, parseFixture } from './helpers';

describe('Day One JSON', () => {
  it('reads each moment in its own time zone, and keeps the exact moment as created', () => {
    const { format, entries } = parseFixture('dayone', 'Journal.json');
    expect(format).toBe('dayone');
    // 03:30 UTC on the 15th is 23:30 on the 14th in New York; noon UTC is 13:00 in Berlin; 23:45 UTC is
    // the next morning in Tokyo.
    expect(entries.map((entry) => entry.date)).toEqual(['2023-03-14', '2023-03-16', '2023-03-18']);
    expect(entries[0]!.createdAt).toBe('2023-03-15T03:30:00.000Z');
    expect(entries[0]!.updatedAt).toBe('2023-03-15T04:00:00.000Z');
    expect(entries[1]!.updatedAt).toBe(entries[1]!.createdAt);
  });

  it('keeps the text, takes a first heading as the title, and drops photo markers', () => {
    const [first, second] = parseFixture('dayone', 'Journal.json').entries;
    expect(first!.title).toBe('A long evening');
    const text = derived(first!).text;
    expect(text).toContain('We talked about the weekend and I felt unheard.');
    expect(text).toContain('Breathe first.');
    expect(text).not.toContain('dayone-moment');
    expect(blocksOf(first!).map((block) => block.type)).toEqual([
      'paragraph',
      'list',
      'quote',
      'paragraph',
      'paragraph',
    ]);
    // Day One escapes punctuation; the escapes don't reach the entry.
    expect(derived(second!).text).toBe('A quiet lunch. Nothing to report!');
  });

  it('links tags to built-in words by name, keeps the rest as tags, and marks starred entries', () => {
    const { entries, tags } = parseFixture('dayone', 'Journal.json');
    expect(derived(entries[0]!).tags.map(({ kind, name }) => `${kind}:${name}`)).toEqual([
      'emotion:Hurt',
      'trigger:Feeling dismissed',
      'tag:work',
      'need:Reassurance',
      'tag:Starred',
    ]);
    expect([...tags].sort()).toEqual(['Feeling dismissed', 'Reassurance', 'Starred', 'hurt', 'travel', 'work']);
  });

  it('counts photos, audio, places and weather as skipped', () => {
    const { skipped } = parseFixture('dayone', 'Journal.json');
    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: 'photos', count: 3 }),
        expect.objectContaining({ what: 'audio recordings', count: 1 }),
        expect.objectContaining({ what: 'places and weather', count: 1 }),
      ]),
    );
  });

  it('reads the .zip with its media folders the same as the JSON alone', () => {
    const fromZip = parseFixture('dayone.zip');
    const fromJson = parseFixture('dayone', 'Journal.json');
    expect(fromZip.entries).toEqual(fromJson.entries);
    expect(fromZip.entries[0]!.id).toBe(sourceEntryId('dayone', '0A1B2C3D4E5F60718293A4B5C6D7E8F9'));
  });
});
