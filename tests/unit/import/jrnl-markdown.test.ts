import { describe, expect, it } from 'vitest';
import { derived, parseFixture } from './helpers';

describe('jrnl JSON', () => {
  it('maps title, body, date and time, tags and starred', () => {
    const { format, entries } = parseFixture('jrnl.json');
    expect(format).toBe('jrnl');
    const [first, second] = entries;
    expect(first).toMatchObject({ title: 'Rough meeting.', date: '2021-06-02', createdAt: '2021-06-02T21:45:00.000Z' });
    expect(derived(first!).text).toContain('The review went badly');
    expect(derived(first!).tags.map(({ kind, name }) => `${kind}:${name}`)).toEqual([
      'tag:work',
      'emotion:Hurt',
      'tag:Starred',
    ]);
    expect(second).toMatchObject({ title: 'Better day.', date: '2021-06-03' });
    expect(derived(second!).tags).toEqual([]);
  });
});

describe('Markdown files', () => {
  it('reads front matter dates, titles and tags, and file-name dates without it', () => {
    const { format, entries, skipped } = parseFixture('markdown');
    expect(format).toBe('markdown');
    const byTitle = Object.fromEntries(entries.map((entry) => [entry.title, entry]));
    expect(Object.keys(byTitle).sort()).toEqual(['', 'After the call', 'Evening walk']);

    expect(byTitle['Evening walk']).toMatchObject({ date: '2020-05-01' });
    expect(derived(byTitle['Evening walk']!).text).toBe('Walked by the river. It helped.');

    // Written at 22:10 in UTC+2: the date as written, the moment exact.
    expect(byTitle['After the call']).toMatchObject({
      date: '2020-05-03',
      createdAt: '2020-05-03T20:10:00.000Z',
      updatedAt: '2020-05-04T08:00:00.000Z',
    });
    expect(derived(byTitle['After the call']!).tags.map((tag) => `${tag.kind}:${tag.name}`)).toEqual([
      'emotion:Hurt',
      'tag:family',
    ]);
    expect(byTitle['']).toMatchObject({ date: '2020-05-02' });
    expect(derived(byTitle['']!).tags.map((tag) => `${tag.kind}:${tag.name}`)).toEqual([
      'need:Closeness',
      'tag:weekend',
    ]);

    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: 'Markdown files without a date', count: 1 }),
        expect.objectContaining({ what: 'other files', count: 1 }),
      ]),
    );
  });

  it('reads a .zip of Markdown files, passing over macOS metadata', () => {
    const { entries } = parseFixture('markdown.zip');
    expect(entries.map((entry) => entry.title).sort()).toEqual(['After the call', 'Evening walk']);
  });
});
