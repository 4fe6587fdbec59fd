import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from '../../resources/templates/builtin';
import { Template, TemplateDraft, TemplateIdSchema, TemplateSection } from '../../resources/templates/schema';
import { HavenError } from '../errors';
import { readSetting, writeSetting } from '../session/vault-settings';

/**
 * Templates: Haven's built-ins (resources/templates/builtin.ts, code that ships with the app) and the person's
 * own (migration 1020's `templates`), in one list in the person's order.
 *
 * Each save of the person's template is a new version, and every version is kept in `template_versions`, also
 * after the template is deleted: an entry records the template and version it started from, and its document
 * holds its own copy of the sections, so the entry reads the same whatever happens to the template later; the
 * old definition only lets Haven say which template, as it was, the entry came from.
 */

/** What a stored definition holds: the template without its id, version and origin. */
const Definition = z.object({
  name: z.string(),
  description: z.string(),
  sections: z.array(TemplateSection),
});
type Definition = z.infer<typeof Definition>;

interface DefinitionRow {
  id: string;
  version: number;
  definition: string;
}

const ORDER_KEY = 'template-order';
const Order = z.array(TemplateIdSchema);
const NAME_MAX = 80;

const notFound = () => new HavenError('not-found', 'That template is no longer in your journal.');

function toTemplate(row: DefinitionRow): Template | null {
  let definition: Definition;
  try {
    const parsed = Definition.safeParse(JSON.parse(row.definition));
    if (!parsed.success) return null;
    definition = parsed.data;
  } catch {
    return null;
  }
  return { id: row.id, version: row.version, builtin: false, ...definition };
}

/** An id people can recognise in a file or a log of their own: the name's letters, and a random tail. */
function newId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'template'}-${randomBytes(3).toString('hex')}`;
}

/** The current version of a template, built-in or the person's own; null for one Haven doesn't know. */
export function templateVersionLookup(db: Database.Database): (id: string) => number | null {
  const own = db.prepare('SELECT version FROM templates WHERE id = ?').pluck();
  return (id) => findBuiltinTemplate(id)?.version ?? (own.get(id) as number | undefined) ?? null;
}

export function createTemplates(db: Database.Database, now: () => Date) {
  const ownRows = db.prepare('SELECT id, version, definition FROM templates ORDER BY created_at, id');
  const ownRow = db.prepare('SELECT id, version, definition FROM templates WHERE id = ?');
  const versionRow = db.prepare('SELECT id, version, definition FROM template_versions WHERE id = ? AND version = ?');
  const idTaken = db.prepare(
    'SELECT 1 FROM templates WHERE id = @id UNION ALL SELECT 1 FROM template_versions WHERE id = @id LIMIT 1',
  );
  const insertTemplate = db.prepare(
    `INSERT INTO templates (id, version, definition, created_at, updated_at) VALUES (@id, 1, @definition, @at, @at)`,
  );
  const updateTemplate = db.prepare(
    'UPDATE templates SET version = @version, definition = @definition, updated_at = @at WHERE id = @id',
  );
  const insertVersion = db.prepare(
    'INSERT INTO template_versions (id, version, definition, saved_at) VALUES (@id, @version, @definition, @at)',
  );
  const deleteTemplate = db.prepare('DELETE FROM templates WHERE id = ?');
  const usesRows = db.prepare('SELECT template, count(*) AS n FROM entries WHERE deleted_at IS NULL GROUP BY template');

  function own(id: string): Template | null {
    const row = ownRow.get(id) as DefinitionRow | undefined;
    return row ? toTemplate(row) : null;
  }

  /** Every template in the stored order; ids it no longer knows are skipped, ones it doesn't name go last. */
  function list(): Template[] {
    const all = [...BUILTIN_TEMPLATES, ...(ownRows.all() as DefinitionRow[]).map(toTemplate)].filter(
      (template): template is Template => template !== null,
    );
    const byId = new Map(all.map((template) => [template.id, template]));
    const ordered: Template[] = [];
    for (const id of readSetting(db, ORDER_KEY, Order, [])) {
      const template = byId.get(id);
      if (!template) continue;
      ordered.push(template);
      byId.delete(id);
    }
    return [...ordered, ...byId.values()];
  }

  function get(id: string, version?: number): Template {
    const builtin = findBuiltinTemplate(id);
    if (builtin) {
      if (version !== undefined && version !== builtin.version) {
        throw new HavenError('not-found', 'Haven keeps only the current version of its own templates.');
      }
      return builtin;
    }
    if (version === undefined) {
      const template = own(id);
      if (!template) throw notFound();
      return template;
    }
    const row = versionRow.get(id, version) as DefinitionRow | undefined;
    const template = row ? toTemplate(row) : null;
    if (!template) throw new HavenError('not-found', 'Haven doesn’t have that version of the template.');
    return template;
  }

  const save = db.transaction((input: TemplateDraft): Template => {
    const parsed = TemplateDraft.safeParse(input);
    if (!parsed.success) {
      throw new HavenError('invalid-input', parsed.error.issues[0]?.message ?? 'That template isn’t complete.');
    }
    const { id: givenId, ...definition } = parsed.data;
    const at = now().toISOString();
    const json = JSON.stringify(definition);
    if (givenId !== undefined && findBuiltinTemplate(givenId)) {
      throw new HavenError(
        'builtin-template',
        'Haven’s own templates can’t be changed. Duplicate it to make your own.',
      );
    }
    if (givenId !== undefined) {
      const existing = ownRow.get(givenId) as DefinitionRow | undefined;
      if (!existing) throw notFound();
      const version = existing.version + 1;
      updateTemplate.run({ id: givenId, version, definition: json, at });
      insertVersion.run({ id: givenId, version, definition: json, at });
      return { id: givenId, version, builtin: false, ...definition };
    }
    let id = newId(definition.name);
    while (findBuiltinTemplate(id) || idTaken.get({ id })) id = newId(definition.name);
    insertTemplate.run({ id, definition: json, at });
    insertVersion.run({ id, version: 1, definition: json, at });
    return { id, version: 1, builtin: false, ...definition };
  });

  return {
    list,
    get,

    /** How many entries (not in the Trash) each template has written, by id; a template with none is absent. */
    uses(): Record<string, number> {
      const counts: Record<string, number> = {};
      for (const row of usesRows.all() as { template: string; n: number }[]) counts[row.template] = row.n;
      return counts;
    },
    /** Creates (no id) or changes one of the person's templates; each save is the next version. */
    save,

    /** A new template of the person's own with the same sections, named "Copy of …", at version 1. */
    duplicate(id: string): Template {
      const source = get(id);
      return save({
        name: `Copy of ${source.name}`.slice(0, NAME_MAX).trim(),
        description: source.description,
        sections: source.sections,
      });
    },

    /** Removes one of the person's templates from the list. Entries made from it read and render as before. */
    remove(id: string): void {
      if (findBuiltinTemplate(id)) {
        throw new HavenError(
          'builtin-template',
          'Haven’s own templates can’t be deleted. You can move them to the end of the list instead.',
        );
      }
      db.transaction(() => {
        if (deleteTemplate.run(id).changes === 0) throw notFound();
        const order = readSetting(db, ORDER_KEY, Order, []);
        if (order.includes(id))
          writeSetting(
            db,
            ORDER_KEY,
            order.filter((kept) => kept !== id),
          );
      })();
    },

    /** Puts the templates in this order; any it doesn't name follow, in their usual order. */
    reorder(ids: readonly string[]): Template[] {
      const known = new Set(list().map((template) => template.id));
      writeSetting(
        db,
        ORDER_KEY,
        [...new Set(ids)].filter((id) => known.has(id)),
      );
      return list();
    },
  };
}

export type Templates = ReturnType<typeof createTemplates>;
