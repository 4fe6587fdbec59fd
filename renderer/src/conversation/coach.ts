/**
 * The I-statement coach: finds phrasing that tends to put a partner on the defensive (absolutes, blame,
 * demands, sarcasm) and offers a gentler wording. Pure and fast enough to run on every pause in typing; it
 * only suggests, it never blocks.
 *
 * Decisions worth knowing:
 * - Only phrasing aimed at "you" counts: "I always" and "I never" speak about oneself and are left alone.
 * - A warm sentence is left alone: "you always make me laugh" and "thank you, you never let me down" are
 *   appreciations, and the card asks for one. Sarcasm markers are flagged even there.
 * - "Thanks a lot" said bitterly can't be told from the sincere kind in text, so it is not flagged; "yeah
 *   right", a closing "whatever" and "big surprise" can be.
 */

export interface CoachMark {
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The words as written. */
  phrase: string;
  /** Why it may land hard, in one plain line. */
  why: string;
  /** A gentler way to say it. */
  suggestion: string;
}

interface Rule {
  pattern: RegExp;
  why: string;
  suggestion: string;
  /** Left alone in a warm sentence (an appreciation). */
  warmExempt: boolean;
}

const A = "['’]";
const FILLER = '(?:just|really|literally|basically|seriously|still|also|ever)';

const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\byou(?:${A}re| are)?(?: ${FILLER})? (?:always|never)\\b`, 'giu'),
    why: '“Always” and “never” sum up a person; they invite a defence instead of listening.',
    suggestion: 'Name one moment: “When …, I felt …”',
    warmExempt: true,
  },
  {
    pattern: new RegExp(`\\bwhy (?:do|don${A}t|can${A}t|won${A}t|would|did|didn${A}t) you\\b`, 'giu'),
    why: 'A “why do you” question often sounds like blame, however it is meant.',
    suggestion: 'Say what you would like: “I’d like … Could we try …?”',
    warmExempt: false,
  },
  {
    pattern: new RegExp(`\\byou (?:should(?:n${A}t| not)?|need to|have to|ought to)\\b`, 'giu'),
    why: 'Telling someone what they should do tends to close the conversation.',
    suggestion: 'Ask for one thing: “Would you be willing to …?”',
    warmExempt: false,
  },
  {
    pattern: /\byou (?:make|made) me\b/giu,
    why: 'It hands your feeling to your partner to answer for.',
    suggestion: 'Own the feeling: “When …, I feel …”',
    warmExempt: true,
  },
  {
    pattern: /\b(?:obviously|as usual|like always)\b/giu,
    why: 'It suggests the answer is plain, or that this is who they are.',
    suggestion: 'Describe this time only: “This time, when …, I felt …”',
    warmExempt: true,
  },
  {
    pattern: new RegExp(
      `\\b(?:yeah,? right|big surprise|what a surprise|surprise,? surprise|gee,? thanks)\\b|\\bwhatever\\b(?=\\s*(?:[.!?…]|$))`,
      'giu',
    ),
    why: 'Sarcasm is heard as contempt, even in jest.',
    suggestion: 'Say the feeling plainly: “I feel hurt/frustrated when …”',
    warmExempt: false,
  },
];

const WARM = /\b(?:thank(?:s| you)|appreciate|grateful|love|laugh|smile|safe|glad|proud|kind)/iu;

/** The sentence (by . ! ? or line break) around an offset. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?\n]*$/u);
  const afterMatch = /[.!?\n]/u.exec(text.slice(end));
  const stop = afterMatch ? end + afterMatch.index : text.length;
  return text.slice(before, stop);
}

/** Marks in the order they appear; overlapping finds keep the earlier (then longer) one. */
export function coach(text: string): CoachMark[] {
  const found: CoachMark[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (rule.warmExempt && WARM.test(sentenceAround(text, start, end))) continue;
      found.push({ start, end, phrase: match[0], why: rule.why, suggestion: rule.suggestion });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: CoachMark[] = [];
  for (const mark of found) {
    const last = marks.at(-1);
    if (!last || mark.start >= last.end) marks.push(mark);
  }
  return marks;
}
