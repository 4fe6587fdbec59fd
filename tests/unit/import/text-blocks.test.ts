import { describe, expect, it } from 'vitest';
import { htmlToText, keepLineBreaks } from '../../../main/journal/import/text-blocks';

describe('text as other apps keep it', () => {
  it('reads HTML-ish notes as lines, keeping words that only look a little like tags', () => {
    expect(htmlToText('Who knows.<br><br>Am I [[virtual]]?')).toBe('Who knows.\n\nAm I [[virtual]]?');
    expect(htmlToText('<p>One &amp; two</p><p>Three&nbsp;four</p>')).toBe('One & two\nThree\u00a0four');
    expect(htmlToText('<ul><li>bread</li><li>milk</li></ul>')).toBe('• bread\n• milk');
    expect(htmlToText('I <3 you, and 2 < 3 > 1')).toBe('I <3 you, and 2 < 3 > 1');
    expect(htmlToText('Never mind<b>d</b>.')).toBe('Never mindd.');
  });

  it('keeps each Markdown line a line, leaving fenced code as written', () => {
    expect(keepLineBreaks('one\ntwo\n\nthree')).toBe('one  \ntwo\n\nthree');
    expect(keepLineBreaks('```\na\nb\n```\nafter\nend')).toBe('```\na\nb\n```\nafter  \nend');
  });
});
