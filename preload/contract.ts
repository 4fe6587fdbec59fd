import { z } from 'zod';
import { Prompt, PROMPT_DEPTHS, PROMPT_FITS, PROMPT_SETS, PROMPT_THEMES } from '../resources/prompts/schema';
import { RESPONSE_VALUES, Template, TemplateDraft } from '../resources/templates/schema';
import { checkDocument, TOO_LONG_MESSAGE } from '../resources/document/readable';

/**
 * The one definition of the bridge between the renderer and the main process. Every channel names the schema
 * its input must pass and the shape of its result; preload/bridge.ts builds `window.haven` from this table and
 * main/ipc/router.ts validates every call against it.
 */

export const ERROR_CODES = [
  'unknown-channel',
  'invalid-input',
  // A document the editor couldn't open, and one longer than one save may carry (resources/document/readable.ts).
  'unreadable-document',
  'document-too-long',
  'internal',
  'wrong-passphrase',
  'wrong-recovery-key',
  'too-many-attempts',
  'vault-not-found',
  'vault-locked',
  'vault-damaged',
  'vault-exists',
  'vault-too-new',
  'vault-open',
  'name-mismatch',
  'weak-passphrase',
  'not-found',
  'cancelled',
  'disk',
  'tag-exists',
  'builtin-template',
  // Import, export and backup files (issue 8): a file Haven can't read, and a request refused while an import runs.
  'bad-file',
  'busy',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const HavenErrorValue = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type HavenErrorValue = z.infer<typeof HavenErrorValue>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: HavenErrorValue };

const id = z.string().regex(/^[a-z0-9-]{1,64}$/, 'an id made of lowercase letters, digits and dashes');
const passphrase = z.string().min(1, 'Type your passphrase.').max(1024);
const displayName = z.string().trim().min(1, 'Give your journal a name.').max(80, 'Keep the name under 80 characters.');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-25');

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const VaultSummary = z.object({
  id,
  name: z.string(),
  /** Seconds the person must wait before the next try, after repeated wrong passphrases. */
  waitSeconds: z.number(),
  /**
   * Absent when all is well. 'needs-repair': its header.json can't be read (Repair puts back a copy);
   * 'damaged': damage was found in its database (Restore from backup brings back a copy).
   */
  status: z.enum(['needs-repair', 'damaged']).optional(),
});
export type VaultSummary = z.infer<typeof VaultSummary>;

export const CreatedVault = z.object({ vault: VaultSummary, recoveryKey: z.string() });
export type CreatedVault = z.infer<typeof CreatedVault>;

export const LockSettings = z.object({
  /** Lock after this many seconds without activity; null means never. */
  idleSeconds: z
    .number()
    .int()
    .min(1)
    .max(24 * 3600)
    .nullable(),
  /** Lock when the window is minimized or loses focus, after this many seconds; null means don't. */
  blurSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600)
    .nullable(),
});
export type LockSettings = z.infer<typeof LockSettings>;

export const Session = z.object({ vault: VaultSummary, lock: LockSettings });
export type Session = z.infer<typeof Session>;

export const BackupInfo = z.object({
  id: z.string(),
  kind: z.enum(['daily', 'weekly', 'before-migration', 'before-restore']),
  date: z.string(),
  bytes: z.number(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const TemplateId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a template id');

export { Template, TemplateDraft };

export const TAG_KINDS = ['trigger', 'emotion', 'need', 'tag'] as const;
export const TagKind = z.enum(TAG_KINDS);
export type TagKind = z.infer<typeof TagKind>;
const tagName = z
  .string()
  .trim()
  .min(1, 'Give the tag a name.')
  .max(60, 'Keep tag names under 60 characters.')
  .refine((name) => !/\p{Cc}/u.test(name), 'A tag name can’t hold control characters.');

/** A small palette, chosen to hold contrast as a chip's edge in light and dark themes. */
export const TAG_COLOURS = ['rose', 'amber', 'leaf', 'teal', 'sky', 'violet', 'slate'] as const;
export const TagColour = z.enum(TAG_COLOURS);
export type TagColour = z.infer<typeof TagColour>;

export const FearIdSchema = z.enum(['being-left', 'being-controlled']);

/** A tag in the person's vocabulary: built-in words are seeded into the vault, and the person's own join them. */
export const TagInfo = z.object({
  kind: TagKind,
  name: z.string(),
  /** One plain line: an emotion's meaning, a trigger's note, a need's meaning; '' for the person's own. */
  meaning: z.string(),
  /** Emotions only: the family's id (resources/vocabulary/emotions.ts). */
  family: z.string().nullable(),
  /** Triggers only: the fear this moment touches. */
  fear: FearIdSchema.nullable(),
  colour: TagColour.nullable(),
  /** Archived tags stay in old entries but are no longer offered. */
  archived: z.boolean(),
  builtin: z.boolean(),
  /** Live entries that hold this tag. */
  count: z.number(),
});
export type TagInfo = z.infer<typeof TagInfo>;

/**
 * A serialized Lexical editor state the editor can open (resources/document/readable.ts). A refusal carries its
 * own error code and a message for the person, which the router answers with as they are.
 */
export const EditorDocument = z.string().superRefine((doc, ctx) => {
  const check = checkDocument(doc);
  if (check.ok) return;
  ctx.addIssue(
    check.problem === 'too-long'
      ? {
          code: 'custom',
          message: TOO_LONG_MESSAGE,
          params: { errorCode: 'document-too-long' },
        }
      : {
          code: 'custom',
          message: `Haven couldn’t save this, because ${check.why}. Nothing already saved has changed.`,
          params: { errorCode: 'unreadable-document' },
        },
  );
});

export const EntryInput = z.object({
  id: id.optional(),
  date: isoDate,
  title: z.string().max(500).default(''),
  template: TemplateId.default('blank'),
  /** The version of the template the entry was started from. */
  templateVersion: z.number().int().min(1).optional(),
  /** The entry's Lexical editor state, serialized: the document itself. */
  doc: EditorDocument,
});
export type EntryInput = z.input<typeof EntryInput>;

export const Entry = z.object({
  id,
  date: isoDate,
  title: z.string(),
  template: z.string(),
  templateVersion: z.number().nullable(),
  doc: z.string(),
  text: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set while the entry is in Trash. */
  deletedAt: z.string().nullable(),
});
export type Entry = z.infer<typeof Entry>;

export const EntrySummary = Entry.omit({ doc: true, text: true }).extend({
  excerpt: z.string(),
  words: z.number(),
  /** The entry's tags, as derived from its document, in the order they first appear. */
  tags: z.array(z.object({ kind: TagKind, name: z.string() })),
});
export type EntrySummary = z.infer<typeof EntrySummary>;

export const EntryFilter = z.object({
  template: TemplateId.optional(),
  /** A tag's name, as derived from the document (triggers, emotions, needs and plain tags alike). */
  tag: z.string().min(1).max(100).optional(),
});

export const EntryPage = z.object({ total: z.number(), items: z.array(EntrySummary) });
export type EntryPage = z.infer<typeof EntryPage>;

export const TodayOverview = z.object({
  /** The day the person is writing for: after midnight, the evening before until the day-start hour. */
  date: isoDate,
  /** That date's check-in (the entry from the nightly template), once written; the Today view continues it. */
  entry: Entry.nullable(),
  /** The date's other entries (trigger logs, repair reflections…), newest first, listed under the check-in. */
  others: z.array(EntrySummary),
  nightsThisMonth: z.number(),
  daysInMonthSoFar: z.number(),
  /** Entries from this calendar day in earlier months and years, newest first. */
  onThisDay: z.array(EntrySummary),
});
export type TodayOverview = z.infer<typeof TodayOverview>;

/** A prompt as the person sees it: the library's or their own, with their marks on it. */
export const PromptView = Prompt.extend({
  custom: z.boolean(),
  favourite: z.boolean(),
  hidden: z.boolean(),
  /** Live entries that hold it. */
  answered: z.number(),
});
export type PromptView = z.infer<typeof PromptView>;

export const TonightPrompt = z.object({
  date: isoDate,
  /** Null only when every prompt is hidden. */
  prompt: PromptView.nullable(),
  /** One line on why this one, in plain words. */
  reason: z.string(),
});
export type TonightPrompt = z.infer<typeof TonightPrompt>;

/** What the person told Haven about themselves for choosing prompts; optional, and kept in the vault. */
export const PromptPreferences = z.object({
  /** Ids of the tendencies they recognise (resources/prompts/tendencies.ts). */
  tendencies: z.array(z.string().max(64)).max(20),
  focus: z.array(z.enum(PROMPT_THEMES)).max(PROMPT_THEMES.length),
});
export type PromptPreferences = z.infer<typeof PromptPreferences>;

export const NewPrompt = z.object({
  text: z.string().trim().min(1, 'Write the prompt.').max(240, 'Keep a prompt under 240 characters.'),
  themes: z.array(z.enum(PROMPT_THEMES)).min(1, 'Pick at least one theme.'),
  fit: z.enum(PROMPT_FITS).default('anyone'),
  depth: z.enum(PROMPT_DEPTHS).default('light'),
});

const now = z.object({ now: z.iso.datetime({ offset: true }).optional() });
const promptId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a prompt id')
  .max(80);

export const SearchQuery = z.object({
  text: z.string().max(500),
  from: isoDate.optional(),
  to: isoDate.optional(),
  template: TemplateId.optional(),
  tag: z.string().min(1).max(100).optional(),
  minIntensity: z.number().int().min(0).max(10).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** A snippet as plain pieces, some marked as matches: rendered as text, never as HTML. */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });
export const SearchResult = z.object({
  id,
  date: isoDate,
  title: z.string(),
  template: z.string(),
  createdAt: z.string(),
  words: z.number(),
  tags: EntrySummary.shape.tags,
  snippet: z.array(SnippetPart),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const JournalSettings = z.object({
  /** Writing before this hour counts for the evening before. */
  dayStartsAtHour: z.number().int().min(0).max(12),
});
export type JournalSettings = z.infer<typeof JournalSettings>;

export const Preferences = z.object({
  /** A nightly reminder at this local time ('HH:MM'), or null for none. Kept outside the vault: it must fire while locked. */
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 21:30')
    .nullable(),
  openAtLogin: z.boolean(),
});
export type Preferences = z.infer<typeof Preferences>;

/** Device-wide, beside Preferences: what the lock screen may show before anyone has unlocked. */
export const LockScreenPreferences = z.object({
  /** Select the journal unlocked last on this computer when Haven starts. Off by default: it tells who wrote last. */
  rememberLastJournal: z.boolean(),
});
export type LockScreenPreferences = z.infer<typeof LockScreenPreferences>;

/**
 * How Haven looks on this computer. Kept beside the vaults with the reminder time, so the lock screen follows the
 * chosen theme too; none of it says anything about what anyone wrote.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['smaller', 'standard', 'larger'] as const;
export const WRITING_FONTS = ['serif', 'sans'] as const;
export const LINE_WIDTHS = ['narrow', 'standard', 'wide'] as const;
export const Appearance = z.object({
  theme: z.enum(THEMES),
  textSize: z.enum(TEXT_SIZES),
  writingFont: z.enum(WRITING_FONTS),
  lineWidth: z.enum(LINE_WIDTHS),
});
export type Appearance = z.infer<typeof Appearance>;
export const DEFAULT_APPEARANCE: Appearance = {
  theme: 'system',
  textSize: 'standard',
  writingFont: 'serif',
  lineWidth: 'standard',
};

export const AppEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('locked'),
    reason: z.enum(['manual', 'idle', 'blur', 'suspend', 'lock-screen', 'shortcut']),
  }),
  /** The window is closing or the journal is about to lock itself: save what is pending, then call app:saved. */
  z.object({ type: z.literal('save-pending') }),
  /** Import, export and backup files (issue 8): how far `import:apply` has come, in entries. */
  z.object({ type: z.literal('import-progress'), done: z.number(), total: z.number() }),
  /** How far `tags:rename` or `tags:merge` has come, in entries holding the tag. */
  z.object({ type: z.literal('retag-progress'), done: z.number(), total: z.number() }),
  /** Damage turned up in the open journal: it has closed without writing anything more. */
  z.object({ type: z.literal('vault-damaged'), vaultId: id, message: z.string() }),
  z.object({ type: z.literal('none') }),
]);
export type AppEvent = z.infer<typeof AppEvent>;

/** A channel: the schema its input must pass, and the schema of what it answers. */
interface ChannelDef<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
}
const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> => ({
  input,
  output,
});
const none = z.undefined();

// Import, export and backup files (issue 8)
export const IMPORT_FORMATS = ['dayone', 'jrnl', 'markdown', 'haven', 'daylio', 'minidiary', 'standardnotes'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** What an import will do, worked out without writing anything; `token` names it for `import:apply`. */
export const ImportPreview = z.object({
  token: z.string(),
  format: ImportFormat,
  /** Entries found in the file, including those already imported before. */
  entries: z.number(),
  /** Of those, entries this vault already holds from an earlier import of the same source: left as they are. */
  duplicates: z.number(),
  /** The earliest and latest entry dates, or null when the file holds no entries. */
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  /** Tag names found, sorted; those matching a built-in trigger, emotion or need are linked to it. */
  tags: z.array(z.string()),
  /** What won't come in, and why: for example { what: 'photos', why: 'Haven keeps words only', count: 3 }. */
  skipped: z.array(z.object({ what: z.string(), why: z.string(), count: z.number() })),
  /** Things worth knowing that don't stop the import, in plain sentences. */
  problems: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ imported: z.number(), duplicates: z.number() });
export type ImportResult = z.infer<typeof ImportResult>;

export const EXPORT_FORMATS = ['haven-json', 'markdown', 'pdf'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Which entries to export: all live ones, narrowed by any of a date range, a tag, or chosen ids. */
export const ExportRequest = z.object({
  format: ExportFormat,
  from: isoDate.optional(),
  to: isoDate.optional(),
  tag: z.string().min(1).max(100).optional(),
  entryIds: z.array(id).max(100_000).optional(),
});
export type ExportRequest = z.input<typeof ExportRequest>;

export const ExportResult = z.object({
  path: z.string(),
  entries: z.number(),
  /** Entries whose document the editor couldn't open: written as the plain text Haven keeps for them, and named. */
  asPlainText: z.array(z.object({ id, date: isoDate, title: z.string() })),
});
export type ExportResult = z.infer<typeof ExportResult>;

const importFile = z.string().min(1).max(4096);
const importChannels = {
  /** Opens the system dialog (a file, or with `folder` a folder of Markdown files); 'cancelled' when none. */
  'import:choose': channel(
    z.object({ folder: z.boolean().default(false) }).default({ folder: false }),
    z.object({ path: z.string() }),
  ),
  /** Reads a path `import:choose` answered and says what an import would do; writes nothing. */
  'import:preview': channel(z.object({ path: importFile }), ImportPreview),
  /** Writes a previewed import in one transaction; 'import-progress' events report how far it has come. */
  'import:apply': channel(z.object({ token: z.string().min(1).max(100) }), ImportResult),
  /** Forgets a preview the person decided not to import. */
  'import:cancel': channel(z.object({ token: z.string().min(1).max(100) }), z.null()),
  /** Asks where to save (the system dialog), then writes the export there: plaintext, by nature. */
  'export:run': channel(ExportRequest, ExportResult),
  /** Asks where to save, then writes one encrypted backup file of the open vault. */
  'backup:save': channel(none, z.object({ path: z.string() })),
  /** Lock screen: asks for a backup file (saved by hand or automatic), then makes a new journal from it. */
  'vaults:restoreFile': channel(none, VaultSummary),
} as const;

// Patterns and conversation cards (issue 7)
/** Minutes to add to UTC for the person's local time (Date#getTimezoneOffset() negated): times of day read by it. */
const utcOffsetMinutes = z
  .number()
  .int()
  .min(-14 * 60)
  .max(14 * 60)
  .default(0);
const fromBeforeTo = (period: { from: string; to: string }) => period.from <= period.to;
const periodIssue = { message: 'The period has to start on or before its last day.', path: ['to'] };
const PatternsPeriodFields = z.object({ from: isoDate, to: isoDate, utcOffsetMinutes });
/** A period of days, both ends included; the period before it is the same number of days just before `from`. */
export const PatternsPeriod = PatternsPeriodFields.refine(fromBeforeTo, periodIssue);
export type PatternsPeriod = z.input<typeof PatternsPeriod>;

export { RESPONSE_VALUES };
export const ResponseValueSchema = z.enum(RESPONSE_VALUES);
/** From entries.created_at in the person's local time: morning 5–12, afternoon 12–17, evening 17–22, night 22–5. */
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export const TimeOfDay = z.enum(TIMES_OF_DAY);
export type TimeOfDay = z.infer<typeof TimeOfDay>;
/** ISO weekdays, from the entry's date: 1 is Monday, 7 is Sunday. 'weekdays' is Monday to Friday. */
export const WeekdayFilter = z.union([z.number().int().min(1).max(7), z.literal('weekdays'), z.literal('weekend')]);

/** The entries behind one mark of a chart or one insight: every given field must hold. */
export const PatternsFilter = PatternsPeriodFields.extend({
  trigger: z.string().min(1).max(100).optional(),
  emotion: z.string().min(1).max(100).optional(),
  need: z.string().min(1).max(100).optional(),
  response: ResponseValueSchema.optional(),
  /** Entries holding an emotion of this family (an id of resources/vocabulary's families; '' for your own words). */
  family: z.string().max(40).optional(),
  weekday: WeekdayFilter.optional(),
  timeOfDay: TimeOfDay.optional(),
});
export type PatternsFilter = z.input<typeof PatternsFilter>;

/** A tag's count in the period, in the period before, and the difference (count − previous). */
export const PatternCount = z.object({ name: z.string(), count: z.number(), previous: z.number(), change: z.number() });
export type PatternCount = z.infer<typeof PatternCount>;
/** Counts over time: `counts[i]` belongs to the report's `buckets[i]`; empty buckets hold 0. */
export const TimeSeries = z.object({ key: z.string(), label: z.string(), counts: z.array(z.number()) });
export type TimeSeries = z.infer<typeof TimeSeries>;
/**
 * The weeks (up to 366 days), months (up to ten years) or years (beyond) of a period's charts over time, the
 * first and last cut to the period; `key` is the first day of the week (a Monday), month or year.
 */
export const TimeBuckets = z.object({
  unit: z.enum(['week', 'month', 'year']),
  buckets: z.array(z.object({ key: isoDate, from: isoDate, to: isoDate })),
});

export const INSIGHT_KINDS = [
  'top-trigger',
  'weekday-evenings',
  'co-occurrence',
  'responses',
  'trigger-change',
  'need-with-trigger',
] as const;
export const Insight = z.object({
  /** Stable for the same data and period: cards:draft names insights by it. */
  id: z.string(),
  kind: z.enum(INSIGHT_KINDS),
  text: z.string(),
  /** Every number the text states, by name. */
  numbers: z.record(z.string(), z.number()),
  /** The entries the insight speaks of, for its drill-down (patterns:entries). */
  filter: PatternsFilter,
  /** The tags and response the insight names, which a card drafted from it speaks of. */
  about: z.object({
    trigger: z.string().optional(),
    emotion: z.string().optional(),
    need: z.string().optional(),
    response: ResponseValueSchema.optional(),
  }),
});
export type Insight = z.infer<typeof Insight>;

export const PatternsReport = z.object({
  period: z.object({ from: isoDate, to: isoDate, days: z.number() }),
  previous: z.object({ from: isoDate, to: isoDate }),
  entries: z.object({ count: z.number(), previous: z.number() }),
  /** Distinct dates written on. */
  nights: z.object({ count: z.number(), previous: z.number() }),
  /** Most frequent first; triggers only seen in the period before are listed too, with count 0. */
  triggers: z.array(PatternCount),
  /** The period's ten most frequent triggers over time; `key` and `label` are the trigger's name. */
  triggersOverTime: TimeBuckets.extend({ series: z.array(TimeSeries) }),
  /** entries.intensity per bucket: days up to 31 days, then as TimeBuckets. Empty buckets hold nulls. */
  intensity: z.object({
    unit: z.enum(['day', 'week', 'month', 'year']),
    points: z.array(
      z.object({
        from: isoDate,
        to: isoDate,
        entries: z.number(),
        average: z.number().nullable(),
        max: z.number().nullable(),
      }),
    ),
  }),
  /** Entries per emotion family (an entry counts once per family); words without a family are "Your own words". */
  emotionFamilies: z.array(
    z.object({
      family: z.string().nullable(),
      name: z.string(),
      count: z.number(),
      emotions: z.array(z.object({ name: z.string(), count: z.number() })),
    }),
  ),
  /** Entries holding both, for the period's ten most frequent triggers and emotions; only cells above 0. */
  coOccurrence: z.object({
    triggers: z.array(z.string()),
    emotions: z.array(z.string()),
    cells: z.array(
      z.object({
        trigger: z.string(),
        emotion: z.string(),
        count: z.number(),
        /** The emotion's own intensity where the entry set one, else the entry's; null when neither was set. */
        averageIntensity: z.number().nullable(),
      }),
    ),
  }),
  /** One series per response (`key` the value, `label` as the person reads it), plus totals for both periods. */
  responses: TimeBuckets.extend({
    series: z.array(TimeSeries),
    totals: z.array(
      z.object({ response: ResponseValueSchema, label: z.string(), count: z.number(), previous: z.number() }),
    ),
  }),
  needs: z.array(PatternCount),
  /** All 28 cells, Monday morning first. */
  weekdayTime: z.array(z.object({ weekday: z.number(), timeOfDay: TimeOfDay, count: z.number() })),
  insights: z.array(Insight),
});
export type PatternsReport = z.infer<typeof PatternsReport>;

export const PatternsBounds = z.object({
  /** The first and last dates holding a live entry, for "all time" and the custom range's limits. */
  first: isoDate.nullable(),
  last: isoDate.nullable(),
  /** The newest conversation card, for "since my last conversation card": its local creation date. */
  lastCard: z.object({ id, createdAt: z.string(), date: isoDate }).nullable(),
});
export type PatternsBounds = z.infer<typeof PatternsBounds>;

export const CARD_THRESHOLDS = ['soon', 'can-wait'] as const;
export const CardThreshold = z.enum(CARD_THRESHOLDS);
export type CardThreshold = z.infer<typeof CardThreshold>;
export const CardSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('insight'), id: z.string(), text: z.string() }),
  z.object({ kind: z.literal('entry'), id, date: isoDate, title: z.string() }),
]);
export type CardSource = z.infer<typeof CardSource>;
export const Card = z.object({
  id,
  createdAt: z.string(),
  updatedAt: z.string(),
  from: isoDate,
  to: isoDate,
  title: z.string(),
  /** Lexical editor state, serialized, like an entry's document. */
  doc: z.string(),
  /** What the card was drafted from, in the order chosen. */
  sources: z.array(CardSource),
  threshold: CardThreshold.nullable(),
});
export type Card = z.infer<typeof Card>;
export const CardSummary = Card.omit({ doc: true }).extend({ excerpt: z.string() });
export type CardSummary = z.infer<typeof CardSummary>;

export const CardDraftInput = PatternsPeriodFields.extend({
  /** Ids from the period's PatternsReport.insights. */
  insightIds: z.array(z.string().min(1).max(300)).max(3).default([]),
  entryIds: z.array(id).max(3).default([]),
})
  .refine(fromBeforeTo, periodIssue)
  .refine((input) => input.insightIds.length + input.entryIds.length >= 1, {
    message: 'Pick one to three insights or entries.',
    path: ['insightIds'],
  })
  .refine((input) => input.insightIds.length + input.entryIds.length <= 3, {
    message: 'Pick at most three insights or entries.',
    path: ['insightIds'],
  });
export type CardDraftInput = z.input<typeof CardDraftInput>;

export const CARD_EXPORT_FORMATS = ['pdf', 'markdown', 'text'] as const;

const patternsAndCardsChannels = {
  'patterns:bounds': channel(z.object({ utcOffsetMinutes }).default({ utcOffsetMinutes: 0 }), PatternsBounds),
  /** Every chart and insight for a period and the period before it. */
  'patterns:report': channel(PatternsPeriod, PatternsReport),
  /** The entries behind a mark or an insight, newest first. */
  'patterns:entries': channel(
    PatternsFilter.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }).refine(fromBeforeTo, periodIssue),
    EntryPage,
  ),
  /** Newest first. */
  'cards:list': channel(none, z.array(CardSummary)),
  'cards:get': channel(z.object({ id }), Card),
  /** Drafts a card from one to three chosen insights or entries, and keeps it; it holds text from those alone. */
  'cards:draft': channel(CardDraftInput, Card),
  'cards:save': channel(
    z.object({
      id,
      title: z.string().max(200),
      doc: EditorDocument,
      threshold: CardThreshold.nullable(),
    }),
    Card,
  ),
  'cards:delete': channel(z.object({ id }), z.null()),
  /** 'pdf' and 'markdown' ask where to save (cancelled → error 'cancelled'); 'text' only answers the text to copy. */
  'cards:export': channel(
    z.object({ id, format: z.enum(CARD_EXPORT_FORMATS) }),
    z.object({ path: z.string().nullable(), text: z.string() }),
  ),
} as const;
// End of patterns and conversation cards (issue 7)

export const contract = {
  'app:info': channel(none, AppInfo),
  /** Long poll: resolves with the next event from the main process, or `none` after a while. */
  'app:nextEvent': channel(none, AppEvent),
  /** The person did something in the window; resets the idle lock timer. */
  'app:activity': channel(z.object({ focused: z.boolean() }), z.null()),
  'app:saved': channel(none, z.null()),
  'app:copy': channel(z.object({ text: z.string().max(100_000) }), z.null()),

  'vaults:list': channel(none, z.array(VaultSummary)),
  'vaults:create': channel(z.object({ name: displayName, passphrase: z.string().min(1).max(1024) }), CreatedVault),
  'vaults:unlock': channel(z.object({ vaultId: id, passphrase }), Session),
  'vaults:recover': channel(
    z.object({ vaultId: id, recoveryKey: z.string().min(1).max(200), newPassphrase: z.string().min(1).max(1024) }),
    Session,
  ),
  'vaults:delete': channel(z.object({ vaultId: id, passphrase, confirmName: z.string() }), z.null()),
  'vaults:backups': channel(z.object({ vaultId: id }), z.array(BackupInfo)),
  'vaults:restore': channel(z.object({ vaultId: id, backupId: z.string().min(1).max(200) }), z.null()),
  /** Puts back a journal's unreadable header.json from the copy Haven keeps beside it or with its backups. */
  'vaults:repair': channel(z.object({ vaultId: id }), VaultSummary),
  'vaults:saveRecoveryKey': channel(
    z.object({ recoveryKey: z.string().min(1).max(200) }),
    z.object({ path: z.string() }),
  ),

  'session:current': channel(none, Session.nullable()),
  /**
   * The journal the lock screen selects: the one open or just locked while Haven has been running (kept in
   * memory only), else the one used last on this computer if the person asked for that, else none.
   */
  'session:lastUsed': channel(none, z.object({ vaultId: id.nullable() })),
  'session:lock': channel(none, z.null()),
  'session:setLock': channel(LockSettings, LockSettings),
  /** Where the day's integrity check of the open journal stands: 'passed' once it has run today. */
  'session:integrity': channel(none, z.object({ state: z.enum(['checking', 'passed', 'not-run']) })),
  'session:changePassphrase': channel(
    z.object({ oldPassphrase: passphrase, newPassphrase: z.string().min(1).max(1024) }),
    z.null(),
  ),
  'session:newRecoveryKey': channel(z.object({ passphrase }), z.object({ recoveryKey: z.string() })),

  'entries:save': channel(EntryInput, Entry),
  'entries:get': channel(z.object({ id }), Entry),
  /** Newest first, a page at a time: the timeline asks for the rows it is about to show. */
  'entries:list': channel(
    EntryFilter.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }).default({ offset: 0, limit: 50 }),
    EntryPage,
  ),
  'entries:today': channel(z.object({ now: z.iso.datetime({ offset: true }).optional() }).default({}), TodayOverview),
  /** The dates in a month that hold at least one entry. */
  'entries:calendar': channel(EntryFilter.extend({ month: z.string().regex(/^\d{4}-\d{2}$/) }), z.array(isoDate)),
  'entries:delete': channel(z.object({ id }), z.null()),
  'entries:restore': channel(z.object({ id }), Entry),
  /** Leaving an entry that holds nothing the person wrote or chose removes it for good. */
  'entries:discardIfEmpty': channel(z.object({ id }), z.object({ discarded: z.boolean() })),
  'entries:trash': channel(none, z.array(EntrySummary)),
  'entries:emptyTrash': channel(none, z.object({ removed: z.number() })),

  /** Built-in and the person's own templates, in the person's order. */
  'templates:list': channel(none, z.array(Template)),
  /** How many entries each template has written (the Trash not counted), for the Templates list. */
  'templates:uses': channel(none, z.record(z.string(), z.number().int().min(0))),
  /** One template; with a version, that version as it was saved (old entries point at it). */
  'templates:get': channel(z.object({ id: TemplateId, version: z.number().int().min(1).optional() }), Template),
  /** Creates (no id) or changes one of the person's templates; each save is a new version. */
  'templates:save': channel(TemplateDraft, Template),
  'templates:duplicate': channel(z.object({ id: TemplateId }), Template),
  'templates:delete': channel(z.object({ id: TemplateId }), z.null()),
  'templates:reorder': channel(z.object({ ids: z.array(TemplateId).max(500) }), z.array(Template)),

  /** Every tag with its use count, built-in words first within each kind. */
  'tags:list': channel(none, z.array(TagInfo)),
  'tags:create': channel(z.object({ kind: TagKind, name: tagName }), TagInfo),
  'tags:update': channel(
    z.object({
      kind: TagKind,
      name: tagName,
      colour: TagColour.nullable().optional(),
      archived: z.boolean().optional(),
      fear: FearIdSchema.nullable().optional(),
    }),
    TagInfo,
  ),
  /** Renames a tag in every entry that holds it; fails with 'tag-exists' when the new name is taken (merge instead). */
  'tags:rename': channel(z.object({ kind: TagKind, from: tagName, to: tagName }), z.object({ entries: z.number() })),
  /** Folds one tag into another: every entry that held `from` holds `into` instead, once. */
  'tags:merge': channel(z.object({ kind: TagKind, from: tagName, into: tagName }), z.object({ entries: z.number() })),

  /** Tonight's prompt and why it was chosen; the same all evening until the person asks for another. */
  'prompts:tonight': channel(now.default({}), TonightPrompt),
  'prompts:another': channel(now.extend({ id: promptId }), TonightPrompt),
  /** Passes over this prompt and lowers its weight from now on. */
  'prompts:notForMe': channel(now.extend({ id: promptId }), TonightPrompt),
  'prompts:forSet': channel(now.extend({ set: z.enum(PROMPT_SETS) }), TonightPrompt),
  'prompts:list': channel(none, z.array(PromptView)),
  'prompts:mark': channel(
    z.object({ id: promptId, favourite: z.boolean().optional(), hidden: z.boolean().optional() }),
    PromptView,
  ),
  'prompts:create': channel(NewPrompt, PromptView),
  'prompts:delete': channel(z.object({ id: promptId }), z.null()),
  'prompts:preferences': channel(none, PromptPreferences),
  'prompts:setPreferences': channel(PromptPreferences, PromptPreferences),

  'search:query': channel(SearchQuery, z.object({ results: z.array(SearchResult) })),

  'journal:settings': channel(none, JournalSettings),
  'journal:setSettings': channel(JournalSettings, JournalSettings),
  'prefs:get': channel(none, Preferences),
  'prefs:set': channel(Preferences, Preferences),
  'prefs:lockScreen': channel(none, LockScreenPreferences),
  'prefs:setLockScreen': channel(LockScreenPreferences, LockScreenPreferences),
  'appearance:get': channel(none, Appearance),
  'appearance:set': channel(Appearance, Appearance),
  /** Opens an http(s) or mailto link in the system browser; the renderer asks the person first. */
  'app:openLink': channel(z.object({ url: z.string().url().max(2000) }), z.null()),
  ...importChannels,
  // Patterns and conversation cards (issue 7)
  ...patternsAndCardsChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
