import { createPatterns } from '../../../main/journal/patterns';
import { docOf, intensity, item, openJournal, paragraph, picker, response, section, tag } from './helpers';

/**
 * A small journal whose patterns are counted by hand in the tests. The period is 2026-03-01..2026-03-14 (14
 * days; weeks start on Mondays 02-23, 03-02, 03-09); the period before is 2026-02-15..2026-02-28.
 *
 * Current period (all written at 21:00 UTC, an evening, except H):
 *   A 03-02 Mon  Unanswered message; Anxious 8 (picker); Reassurance; stayed present; intensity 6
 *   B 03-03 Tue  Unanswered message; Anxious (chip, no own intensity); Reassurance; pursued; intensity 7
 *   C 03-04 Wed  Unanswered message; Anxious 6, Hurt 5; Reassurance; stayed present; intensity 9
 *   D 03-07 Sat  Unanswered message; Hurt 4; withdrew; intensity 3
 *   E 03-09 Mon  Criticism; Angry (chip); intensity 5
 *   F 03-10 Tue  plain text
 *   G 03-11 Wed  Fizzy (an emotion of the person's own, no family)
 *   H 03-12 Thu  plain text, written 03:30 UTC (night; morning at UTC+2)
 *   T 03-05      Unanswered message, in the Trash: counted nowhere
 * Period before:
 *   P1 02-16 Unanswered message, pursued; P2 02-17 Unanswered message, withdrew;
 *   P3..P6 02-20..02-23 Criticism
 */
export const PERIOD = { from: '2026-03-01', to: '2026-03-14', utcOffsetMinutes: 0 };
export const UM = 'Unanswered message';

const triggerLog = (
  marker: string,
  fields: {
    trigger?: string;
    emotions?: [string, number | null][];
    chips?: string[];
    need?: string;
    response?: string;
    intensity?: number;
  },
) =>
  docOf(
    section('What happened', '', 'what-happened'),
    paragraph(`The phone stayed quiet all evening ${marker}. I kept checking it.`),
    picker('trigger', fields.trigger ? [item(fields.trigger)] : [], 'triggers'),
    picker(
      'emotion',
      (fields.emotions ?? []).map(([name, value]) => item(name, value)),
      'emotions',
    ),
    paragraph(...(fields.chips ?? []).map((name) => tag('emotion', name))),
    ...(fields.intensity !== undefined ? [intensity(fields.intensity)] : []),
    section('The story I told myself', '', 'story'),
    paragraph(`Story ${marker}: that I was too much again.`),
    ...(fields.response ? [response(fields.response)] : []),
    picker('need', fields.need ? [item(fields.need)] : [], 'needs'),
    section('What I needed underneath', '', 'needed'),
    paragraph(`Help ${marker}: a short text saying you are busy.`),
  );

export async function patternsJournal() {
  const journal = await openJournal('2026-03-15T21:00:00Z');
  const ids: Record<string, string> = {};
  const add = (key: string, date: string, doc: string) => {
    ids[key] = journal.entries.save({ date, title: '', template: 'trigger-log', doc }).id;
  };
  add(
    'A',
    '2026-03-02',
    triggerLog('MARKER-A', {
      trigger: UM,
      emotions: [['Anxious', 8]],
      need: 'Reassurance',
      response: 'stayed-present',
      intensity: 6,
    }),
  );
  add(
    'B',
    '2026-03-03',
    triggerLog('MARKER-B', { trigger: UM, chips: ['Anxious'], need: 'Reassurance', response: 'pursued', intensity: 7 }),
  );
  add(
    'C',
    '2026-03-04',
    triggerLog('MARKER-C', {
      trigger: UM,
      emotions: [
        ['Anxious', 6],
        ['Hurt', 5],
      ],
      need: 'Reassurance',
      response: 'stayed-present',
      intensity: 9,
    }),
  );
  add(
    'D',
    '2026-03-07',
    triggerLog('MARKER-D', { trigger: UM, emotions: [['Hurt', 4]], response: 'withdrew', intensity: 3 }),
  );
  add('E', '2026-03-09', triggerLog('MARKER-E', { trigger: 'Criticism', chips: ['Angry'], intensity: 5 }));
  add('F', '2026-03-10', docOf(paragraph('A quiet day MARKER-F.')));
  add('G', '2026-03-11', triggerLog('MARKER-G', { emotions: [['Fizzy', null]] }));
  add('H', '2026-03-12', docOf(paragraph('Could not sleep MARKER-H.')));
  add(
    'T',
    '2026-03-05',
    triggerLog('MARKER-T', { trigger: UM, emotions: [['Anxious', 10]], response: 'stayed-present' }),
  );
  journal.entries.remove(ids.T!);
  add('P1', '2026-02-16', triggerLog('MARKER-P1', { trigger: UM, response: 'pursued' }));
  add('P2', '2026-02-17', triggerLog('MARKER-P2', { trigger: UM, response: 'withdrew' }));
  for (const [i, date] of ['2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'].entries()) {
    add(`P${i + 3}`, date, triggerLog(`MARKER-P${i + 3}`, { trigger: 'Criticism' }));
  }
  // Every entry was saved "now" by the service clock; give them the evening of their own date, H the night.
  const db = journal.vault.db;
  db.prepare("UPDATE entries SET created_at = date || 'T21:00:00.000Z'").run();
  db.prepare("UPDATE entries SET created_at = '2026-03-12T03:30:00.000Z' WHERE id = ?").run(ids.H);
  const patterns = createPatterns(db, journal.entries);
  return { ...journal, ids, patterns };
}
