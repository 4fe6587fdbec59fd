import { describe, expect, it } from 'vitest';
import { countWords, deriveFromDoc } from '../../../main/journal/derive';

const doc = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', children } });
const paragraph = (...texts: string[]) => ({
  type: 'paragraph',
  children: texts.map((text) => ({ type: 'text', text })),
});

describe('deriveFromDoc', () => {
  it('joins the text of every block, one block per line', () => {
    const derived = deriveFromDoc(
      doc(
        { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'After dinner' }] },
        paragraph('I felt ', 'dismissed', ' when my message went unanswered.'),
        { type: 'quote', children: [{ type: 'text', text: 'Pause, then come back.' }] },
      ),
    );
    expect(derived.text).toBe(
      'After dinner\nI felt dismissed when my message went unanswered.\nPause, then come back.',
    );
    expect(derived.words).toBe(14);
  });

  it('keeps line breaks and list items apart', () => {
    const derived = deriveFromDoc(
      doc(
        {
          type: 'paragraph',
          children: [{ type: 'text', text: 'one' }, { type: 'linebreak' }, { type: 'text', text: 'two' }],
        },
        { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'three' }] }] },
      ),
    );
    expect(derived.text.split('\n')).toEqual(['one', 'two', 'three']);
  });

  it('derives nothing from a document that is not Lexical JSON', () => {
    expect(deriveFromDoc('not json')).toEqual({ text: '', words: 0 });
    expect(deriveFromDoc('{"root": 3}')).toEqual({ text: '', words: 0 });
    expect(deriveFromDoc('null')).toEqual({ text: '', words: 0 });
  });

  it('counts words in any script, with apostrophes inside words', () => {
    expect(countWords("I didn't say it — l'été, 晚上 and café")).toBe(8);
    expect(countWords('   ')).toBe(0);
  });
});
