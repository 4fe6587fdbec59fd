import { randomBytes } from 'node:crypto';
import { subDays } from 'date-fns';
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { PromptPreferences, PromptView, TonightPrompt } from '../../preload/contract';
import {
  Prompt,
  PROMPTS,
  PROMPT_THEMES,
  TENDENCIES,
  TRIGGER_THEMES,
  type PromptSet,
  type TendencyFit,
} from '../../resources/prompts';
import { HavenError } from '../errors';
import { readSetting, writeSetting } from '../session/vault-settings';
import { formatDate, parseDate } from './dates';
import { rankPrompts, TRIGGER_WINDOW_DAYS, type PromptUse, type RecentTrigger } from './prompt-rule';

const PREFERENCES_KEY = 'prompt-preferences';
const PreferencesSchema = z.object({
  tendencies: z.array(z.string()).max(20),
  focus: z.array(z.enum(PROMPT_THEMES)).max(PROMPT_THEMES.length),
});
const NO_PREFERENCES: PromptPreferences = { tendencies: [], focus: [] };

interface UseRow {
  prompt_id: string;
  favourite: number;
  hidden: number;
  not_for_me: number;
  last_shown: string | null;
  last_answered: string | null;
  answered: number;
}

const notFound = () => new HavenError('not-found', 'That prompt is no longer in your journal.');

/** Reflection prompts over an open vault: tonight's choice, the person's marks on each, and their own prompts. */
export function createPrompts(db: Database.Database) {
  const customRows = db.prepare('SELECT id, definition FROM custom_prompts ORDER BY created_at, id');
  const useRows = db.prepare(
    `SELECT p.prompt_id, coalesce(u.favourite, 0) AS favourite, coalesce(u.hidden, 0) AS hidden,
            coalesce(u.not_for_me, 0) AS not_for_me, u.last_shown, a.last_answered, coalesce(a.answered, 0) AS answered
     FROM (SELECT prompt_id FROM prompt_use UNION SELECT prompt_id FROM entry_prompts) p
     LEFT JOIN prompt_use u ON u.prompt_id = p.prompt_id
     LEFT JOIN (SELECT ep.prompt_id, max(e.date) AS last_answered, count(*) AS answered
                FROM entry_prompts ep JOIN entries e ON e.id = ep.entry_id AND e.deleted_at IS NULL
                GROUP BY ep.prompt_id) a ON a.prompt_id = p.prompt_id`,
  );
  const ensureUse = db.prepare('INSERT INTO prompt_use (prompt_id) VALUES (?) ON CONFLICT DO NOTHING');
  const setShown = db.prepare('UPDATE prompt_use SET last_shown = ? WHERE prompt_id = ?');
  const setMarks = db.prepare('UPDATE prompt_use SET favourite = @favourite, hidden = @hidden WHERE prompt_id = @id');
  const bumpNotForMe = db.prepare('UPDATE prompt_use SET not_for_me = not_for_me + 1 WHERE prompt_id = ?');
  const passesOf = db.prepare('SELECT prompt_id FROM prompt_passes WHERE date = ? ORDER BY position').pluck();
  const addPass = db.prepare(
    `INSERT INTO prompt_passes (date, position, prompt_id)
     VALUES (@date, (SELECT coalesce(max(position), -1) + 1 FROM prompt_passes WHERE date = @date), @id)`,
  );
  const forgetOldPasses = db.prepare('DELETE FROM prompt_passes WHERE date < ?');
  // Entries in the window holding each trigger, with the built-in word it is (renamed or not), if any.
  const recentTriggers = db.prepare(
    `SELECT t.name, t.folded, count(DISTINCT t.entry_id) AS count, v.vocabulary_id
     FROM entries e JOIN entry_tags t ON t.entry_id = e.id AND t.kind = 'trigger'
     LEFT JOIN tags v ON v.kind = 'trigger' AND v.folded = t.folded
     WHERE e.deleted_at IS NULL AND e.date BETWEEN ? AND ?
     GROUP BY t.folded ORDER BY count DESC, t.folded`,
  );
  const insertCustom = db.prepare('INSERT INTO custom_prompts (id, definition, created_at) VALUES (?, ?, ?)');
  const deleteCustom = db.prepare('DELETE FROM custom_prompts WHERE id = ?');
  const deleteUse = db.prepare('DELETE FROM prompt_use WHERE prompt_id = ?');

  function custom(): Prompt[] {
    return (customRows.all() as { id: string; definition: string }[]).flatMap((row) => {
      const parsed = Prompt.safeParse({ ...(JSON.parse(row.definition) as object), id: row.id });
      return parsed.success ? [parsed.data] : [];
    });
  }

  const library = (): Prompt[] => [...PROMPTS, ...custom()];

  function uses(): Map<string, PromptUse & { answered: number }> {
    return new Map(
      (useRows.all() as UseRow[]).map((row) => [
        row.prompt_id,
        {
          favourite: row.favourite === 1,
          hidden: row.hidden === 1,
          notForMe: row.not_for_me,
          lastShown: row.last_shown,
          lastAnswered: row.last_answered,
          answered: row.answered,
        },
      ]),
    );
  }

  function preferences(): PromptPreferences {
    return readSetting(db, PREFERENCES_KEY, PreferencesSchema, NO_PREFERENCES);
  }

  function triggers(date: string): RecentTrigger[] {
    const from = formatDate(subDays(parseDate(date), TRIGGER_WINDOW_DAYS - 1));
    const rows = recentTriggers.all(from, date) as { name: string; count: number; vocabulary_id: string | null }[];
    return rows.map((row) => ({
      name: row.name,
      count: row.count,
      themes: (row.vocabulary_id && TRIGGER_THEMES[row.vocabulary_id]) || [],
    }));
  }

  function view(prompt: Prompt, use: ReturnType<typeof uses>, customIds: Set<string>): PromptView {
    const mark = use.get(prompt.id);
    return {
      ...prompt,
      custom: customIds.has(prompt.id),
      favourite: mark?.favourite ?? false,
      hidden: mark?.hidden ?? false,
      answered: mark?.answered ?? 0,
    };
  }

  function choose(date: string, set?: PromptSet): TonightPrompt {
    const prefs = preferences();
    const chosen = TENDENCIES.filter((tendency) => prefs.tendencies.includes(tendency.id));
    const leans = [...new Set(chosen.map((tendency) => tendency.fit))] as TendencyFit[];
    const tendencyText = Object.fromEntries(chosen.map((tendency) => [tendency.fit, tendency.text]));
    const all = library();
    const use = uses();
    const ranked = rankPrompts({
      date,
      prompts: set ? all.filter((prompt) => prompt.sets?.includes(set)) : all,
      use,
      focus: prefs.focus,
      leans,
      tendencyText,
      triggers: triggers(date),
      passed: set ? [] : (passesOf.all(date) as string[]),
    });
    const top = ranked[0];
    if (!top) return { date, prompt: null, reason: '' };
    if (!set) {
      ensureUse.run(top.prompt.id);
      setShown.run(date, top.prompt.id);
    }
    const customIds = new Set(custom().map((prompt) => prompt.id));
    return { date, prompt: view(top.prompt, uses(), customIds), reason: top.reason };
  }

  return {
    /** Tonight's prompt: the same one all evening, until "Another prompt" or "Not for me". */
    tonight: (date: string): TonightPrompt =>
      db.transaction(() => {
        forgetOldPasses.run(formatDate(subDays(parseDate(date), 2)));
        return choose(date);
      })(),

    another: (date: string, id: string): TonightPrompt =>
      db.transaction(() => {
        addPass.run({ date, id });
        return choose(date);
      })(),

    notForMe: (date: string, id: string): TonightPrompt =>
      db.transaction(() => {
        ensureUse.run(id);
        bumpNotForMe.run(id);
        addPass.run({ date, id });
        return choose(date);
      })(),

    /** One prompt from a set for a moment (after a hard moment, before a conversation), by the same rule. */
    forSet: (date: string, set: PromptSet): TonightPrompt => choose(date, set),

    list(): PromptView[] {
      const use = uses();
      const own = custom();
      const customIds = new Set(own.map((prompt) => prompt.id));
      return [...PROMPTS, ...own].map((prompt) => view(prompt, use, customIds));
    },

    mark(id: string, marks: { favourite?: boolean | undefined; hidden?: boolean | undefined }): PromptView {
      const prompt = library().find((item) => item.id === id);
      if (!prompt) throw notFound();
      return db.transaction(() => {
        ensureUse.run(id);
        const current = uses().get(id);
        setMarks.run({
          id,
          favourite: (marks.favourite ?? current?.favourite ?? false) ? 1 : 0,
          hidden: (marks.hidden ?? current?.hidden ?? false) ? 1 : 0,
        });
        return view(prompt, uses(), new Set(custom().map((item) => item.id)));
      })();
    },

    create(input: Omit<Prompt, 'id'>, at: Date): PromptView {
      const id = `own-${randomBytes(6).toString('hex')}`;
      const prompt = Prompt.parse({ ...input, id });
      const { id: _id, ...definition } = prompt;
      insertCustom.run(id, JSON.stringify(definition), at.toISOString());
      return view(prompt, uses(), new Set([id]));
    },

    remove(id: string): void {
      db.transaction(() => {
        if (deleteCustom.run(id).changes === 0) {
          throw new HavenError('invalid-input', 'Prompts that come with Haven can be hidden, not deleted.');
        }
        deleteUse.run(id);
      })();
    },

    preferences,
    setPreferences(prefs: PromptPreferences): PromptPreferences {
      const known = new Set(TENDENCIES.map((tendency) => tendency.id));
      const clean = { tendencies: prefs.tendencies.filter((id) => known.has(id)), focus: [...new Set(prefs.focus)] };
      writeSetting(db, PREFERENCES_KEY, clean);
      return clean;
    },
  };
}

export type Prompts = ReturnType<typeof createPrompts>;
