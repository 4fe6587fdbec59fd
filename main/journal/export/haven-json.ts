import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { TagKind } from '../../../preload/contract';
import { plainTextDocument } from '../../../resources/templates/lexical-json';
import type { ExportedRow } from './select';

/**
 * Haven's own export (docs/EXPORT.md): every chosen entry with its Lexical document, fields and tags, and
 * the journal's own templates, tag colours and prompt marks. `version` goes up when the shape changes in a
 * way an older reader would misread; readers refuse a version they don't know rather than guess.
 */
export const HAVEN_EXPORT_FORMAT = 'haven-export';
export const HAVEN_EXPORT_VERSION = 1;

const id = z.string().regex(/^[a-z0-9-]{1,64}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const moment = z.iso.datetime({ offset: true });
const definition = z.record(z.string(), z.unknown());

export const HavenExportEntry = z.object({
  id,
  date: isoDate,
  title: z.string().max(500),
  template: id,
  templateVersion: z.number().int().min(1).nullable(),
  createdAt: moment,
  updatedAt: moment,
  /** What the document's chips and pickers hold, for readers that don't walk Lexical JSON; not read back. */
  tags: z.array(z.object({ kind: TagKind, name: z.string() })),
  /** The entry's Lexical editor state, as the editor saved it. */
  doc: z.looseObject({ root: z.looseObject({ type: z.literal('root') }) }),
});
export type HavenExportEntry = z.infer<typeof HavenExportEntry>;

export const HavenExportTemplate = z.object({
  id,
  version: z.number().int().min(1),
  definition,
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.array(z.object({ version: z.number().int().min(1), definition, savedAt: z.string() })),
});

export const HavenExportTag = z.object({
  kind: TagKind,
  name: z.string().min(1).max(60),
  colour: z.string().nullable(),
  archived: z.boolean(),
  fear: z.string().nullable(),
});

export const HavenExportPrompts = z.object({
  custom: z.array(z.object({ id: z.string().max(80), definition, createdAt: z.string() })),
  marks: z.array(
    z.object({ id: z.string().max(80), favourite: z.boolean(), hidden: z.boolean(), notForMe: z.number().int() }),
  ),
  /** The tendencies and focus the person told Haven about, as `prompts:preferences` answers them. */
  preferences: z.unknown().nullable(),
});

export const HavenExport = z.object({
  format: z.literal(HAVEN_EXPORT_FORMAT),
  version: z.number().int(),
  exportedAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  entries: z.array(HavenExportEntry),
  templates: z.array(HavenExportTemplate),
  tags: z.array(HavenExportTag),
  prompts: HavenExportPrompts,
});
export type HavenExport = z.infer<typeof HavenExport>;
export type HavenExportExtras = Pick<HavenExport, 'templates' | 'tags' | 'prompts'>;

const parseJson = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

/** The journal-wide part of an export: the person's templates, their tags' marks, their prompts. */
export function exportExtras(db: Database.Database): HavenExportExtras {
  const versions = db.prepare(
    'SELECT version, definition, saved_at FROM template_versions WHERE id = ? ORDER BY version',
  );
  const templates = (
    db
      .prepare('SELECT id, version, definition, created_at, updated_at FROM templates ORDER BY created_at, id')
      .all() as {
      id: string;
      version: number;
      definition: string;
      created_at: string;
      updated_at: string;
    }[]
  ).map((row) => ({
    id: row.id,
    version: row.version,
    definition: parseJson(row.definition),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    versions: (versions.all(row.id) as { version: number; definition: string; saved_at: string }[]).map((v) => ({
      version: v.version,
      definition: parseJson(v.definition),
      savedAt: v.saved_at,
    })),
  }));
  // Only what the person changed: built-in words as shipped say nothing a new journal doesn't have.
  const tags = (
    db
      .prepare(
        `SELECT kind, name, colour, archived, fear FROM tags
         WHERE builtin = 0 OR colour IS NOT NULL OR archived = 1 ORDER BY kind, folded`,
      )
      .all() as { kind: TagKind; name: string; colour: string | null; archived: number; fear: string | null }[]
  ).map((row) => ({ ...row, archived: row.archived === 1 }));
  const custom = (
    db.prepare('SELECT id, definition, created_at FROM custom_prompts ORDER BY created_at, id').all() as {
      id: string;
      definition: string;
      created_at: string;
    }[]
  ).map((row) => ({ id: row.id, definition: parseJson(row.definition), createdAt: row.created_at }));
  const marks = (
    db
      .prepare(
        `SELECT prompt_id, favourite, hidden, not_for_me FROM prompt_use
         WHERE favourite = 1 OR hidden = 1 OR not_for_me > 0 ORDER BY prompt_id`,
      )
      .all() as { prompt_id: string; favourite: number; hidden: number; not_for_me: number }[]
  ).map((row) => ({
    id: row.prompt_id,
    favourite: row.favourite === 1,
    hidden: row.hidden === 1,
    notForMe: row.not_for_me,
  }));
  const preferences = db.prepare("SELECT value FROM settings WHERE key = 'prompt-preferences'").pluck().get() as
    string | undefined;
  return { templates, tags, prompts: { custom, marks, preferences: preferences ? parseJson(preferences) : null } };
}

export function buildHavenExport(
  rows: readonly ExportedRow[],
  extras: HavenExportExtras,
  app: { name: string; version: string },
  at: Date,
): HavenExport {
  return {
    format: HAVEN_EXPORT_FORMAT,
    version: HAVEN_EXPORT_VERSION,
    exportedAt: at.toISOString(),
    app,
    entries: rows.map((row) => ({
      id: row.id,
      date: row.date,
      title: row.title,
      template: row.template,
      templateVersion: row.templateVersion,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      tags: row.tags,
      doc: JSON.parse(row.readable ? row.doc : plainTextDocument(row.text)) as HavenExportEntry['doc'],
    })),
    ...extras,
  };
}
