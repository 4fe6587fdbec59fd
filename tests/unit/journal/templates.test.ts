import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from '../../../resources/templates/builtin';
import { templateDoc } from '../../../resources/templates/document';
import { TemplateSection, type TemplateDraft, type TemplateSectionInput } from '../../../resources/templates/schema';
import { havenError } from '../vault/helpers';
import { openJournal } from './helpers';

const BUILTIN_IDS = BUILTIN_TEMPLATES.map((template) => template.id);

const CHECK_IN: TemplateDraft = {
  name: 'Sunday check-in',
  description: 'Before the week starts.',
  sections: [
    { kind: 'text', id: 'week', label: 'How the week went', hint: 'Just a few lines.' },
    { kind: 'emotions', id: 'felt', label: 'Emotions' },
    { kind: 'intensity', id: 'strength', label: 'How heavy it felt' },
    { kind: 'choice', id: 'rested', label: 'Did I rest?', options: ['Yes', 'A little', 'No'] },
  ],
};

const derivedRows = (db: Database.Database, id: string) => ({
  entry: db.prepare('SELECT text, intensity, facets, template, template_version FROM entries WHERE id = ?').get(id),
  tags: db
    .prepare('SELECT kind, name, intensity, position FROM entry_tags WHERE entry_id = ? ORDER BY position')
    .all(id),
  choices: db.prepare('SELECT section_id, value FROM entry_choices WHERE entry_id = ?').all(id),
});

/** A document made from a template's sections, filled in: the chosen option and one picked emotion. */
function filledDoc(sections: TemplateSectionInput[]): string {
  const doc = JSON.parse(templateDoc(sections.map((section) => TemplateSection.parse(section)))) as {
    root: { children: Record<string, unknown>[] };
  };
  for (const node of doc.root.children) {
    if (node.type === 'haven-choice') node.value = (node.options as string[])[1];
    if (node.type === 'haven-picker') node.items = [{ name: 'Tired', intensity: 5 }];
    if (node.type === 'haven-intensity') node.value = 4;
  }
  return JSON.stringify(doc);
}

describe('templates', () => {
  it('lists the built-ins first, then the person’s own in the order they were made', async () => {
    const { vault, templates } = await openJournal();
    expect(templates.list().map((template) => template.id)).toEqual(BUILTIN_IDS);
    const first = templates.save(CHECK_IN);
    const second = templates.save({ ...CHECK_IN, name: 'Après une dispute !' });
    expect(first).toMatchObject({
      version: 1,
      builtin: false,
      name: 'Sunday check-in',
      description: 'Before the week starts.',
    });
    expect(first.id).toMatch(/^sunday-check-in-[0-9a-f]{6}$/);
    expect(second.id).toMatch(/^apres-une-dispute-[0-9a-f]{6}$/);
    expect(first.sections[1]).toEqual({ kind: 'emotions', id: 'felt', label: 'Emotions', hint: '' });
    expect(templates.list().map((template) => template.id)).toEqual([...BUILTIN_IDS, first.id, second.id]);
    expect(templates.get(first.id)).toEqual(first);
    expect(templates.get('nightly')).toEqual(findBuiltinTemplate('nightly'));
    vault.close();
  });

  it('counts the entries each template has written, leaving out the Trash', async () => {
    const { vault, templates, entries, write } = await openJournal();
    const mine = templates.save(CHECK_IN);
    expect(templates.uses()).toEqual({});
    write('2026-11-20', 'one', { template: mine.id, doc: filledDoc(CHECK_IN.sections) });
    const second = write('2026-11-21', 'two', { template: mine.id, doc: filledDoc(CHECK_IN.sections) });
    write('2026-11-21', 'three', { template: 'gratitude' });
    expect(templates.uses()).toEqual({ [mine.id]: 2, gratitude: 1 });
    entries.remove(second.id);
    expect(templates.uses()).toEqual({ [mine.id]: 1, gratitude: 1 });
    vault.close();
  });

  it('keeps every saved version, and answers each one as it was', async () => {
    const { vault, templates } = await openJournal();
    const v1 = templates.save(CHECK_IN);
    const v2 = templates.save({
      id: v1.id,
      name: 'Sunday evening',
      sections: [{ kind: 'text', id: 'week', label: 'The week, briefly' }],
    });
    expect(v2).toMatchObject({ id: v1.id, version: 2, name: 'Sunday evening', description: '' });
    expect(templates.get(v1.id)).toEqual(v2);
    expect(templates.get(v1.id, 1)).toEqual(v1);
    expect(templates.get(v1.id, 2)).toEqual(v2);
    expect((await havenError(() => templates.get(v1.id, 3))).code).toBe('not-found');
    const nightly = findBuiltinTemplate('nightly')!;
    expect(templates.get('nightly', nightly.version)).toEqual(nightly);
    expect((await havenError(() => templates.get('nightly', nightly.version + 1))).code).toBe('not-found');
    expect((await havenError(() => templates.get('no-such-template'))).code).toBe('not-found');
    vault.close();
  });

  it('leaves an entry made from an older version as it was: its document, fields and version', async () => {
    const { vault, templates, entries, write } = await openJournal();
    const v1 = templates.save(CHECK_IN);
    const entry = write('2026-11-22', '', { template: v1.id, doc: filledDoc(CHECK_IN.sections) });
    expect(entry).toMatchObject({ template: v1.id, templateVersion: 1 });
    const before = derivedRows(vault.db, entry.id);
    expect(before.choices).toEqual([{ section_id: 'rested', value: 'A little' }]);
    expect(before.tags).toEqual([{ kind: 'emotion', name: 'Tired', intensity: 5, position: 0 }]);

    // Version 2 drops the choice and the picker and renames what is left.
    templates.save({
      id: v1.id,
      name: 'Sunday',
      sections: [
        { kind: 'text', id: 'week', label: 'The week' },
        { kind: 'intensity', id: 'strength', label: 'Weight' },
      ],
    });
    const resaved = entries.save({ ...entries.get(entry.id), doc: entry.doc });
    expect(resaved.templateVersion).toBe(1);
    expect(derivedRows(vault.db, entry.id)).toEqual(before);
    expect(templates.get(v1.id, resaved.templateVersion!).sections).toHaveLength(4);
    // A new entry from the same template starts at its current version.
    expect(write('2026-11-23', 'x', { template: v1.id }).templateVersion).toBe(2);
    vault.close();
  });

  it('duplicates a built-in or an own template as a new one of the person’s own', async () => {
    const { vault, templates } = await openJournal();
    const nightly = findBuiltinTemplate('nightly')!;
    const copy = templates.duplicate('nightly');
    expect(copy).toMatchObject({
      name: `Copy of ${nightly.name}`,
      builtin: false,
      version: 1,
      sections: nightly.sections,
    });
    expect(copy.id).not.toBe('nightly');
    const own = templates.save({ ...CHECK_IN, name: 'x'.repeat(80) });
    templates.save({ id: own.id, ...CHECK_IN, name: 'Changed' });
    const copyOfOwn = templates.duplicate(own.id);
    expect(copyOfOwn).toMatchObject({ name: 'Copy of Changed', version: 1 });
    const long = templates.save({ ...CHECK_IN, name: 'y'.repeat(80) });
    const copyOfLong = templates.duplicate(long.id);
    expect(copyOfLong.name).toBe(`Copy of ${'y'.repeat(72)}`);
    expect(templates.list().map((template) => template.id)).toEqual([
      ...BUILTIN_IDS,
      copy.id,
      own.id,
      copyOfOwn.id,
      long.id,
      copyOfLong.id,
    ]);
    vault.close();
  });

  it('refuses to change or delete a built-in, and says so', async () => {
    const { vault, templates } = await openJournal();
    const changed = await havenError(() => templates.save({ ...CHECK_IN, id: 'nightly' }));
    expect(changed.code).toBe('builtin-template');
    expect(changed.message).toMatch(/Duplicate/);
    const deleted = await havenError(() => templates.remove('nightly'));
    expect(deleted.code).toBe('builtin-template');
    expect(templates.get('nightly')).toEqual(findBuiltinTemplate('nightly'));
    expect((await havenError(() => templates.save({ ...CHECK_IN, id: 'never-saved' }))).code).toBe('not-found');
    vault.close();
  });

  it('deletes the person’s own, leaving its entries and old versions readable', async () => {
    const { vault, templates, entries, write } = await openJournal();
    const own = templates.save(CHECK_IN);
    const entry = write('2026-11-22', '', { template: own.id, doc: filledDoc(CHECK_IN.sections) });
    templates.reorder([own.id, BUILTIN_IDS[0]!]);
    templates.remove(own.id);
    expect(templates.list().map((template) => template.id)).toEqual(BUILTIN_IDS);
    expect((await havenError(() => templates.get(own.id))).code).toBe('not-found');
    expect(templates.get(own.id, 1)).toEqual(own);
    expect(entries.get(entry.id)).toMatchObject({ doc: entry.doc, text: entry.text, templateVersion: 1 });
    expect((await havenError(() => templates.remove(own.id))).code).toBe('not-found');
    vault.close();
  });

  it('keeps the person’s order, skipping ids it no longer knows, new ones last', async () => {
    const { vault, templates } = await openJournal();
    const a = templates.save({ ...CHECK_IN, name: 'A' });
    const b = templates.save({ ...CHECK_IN, name: 'B' });
    const [firstBuiltin, ...otherBuiltins] = BUILTIN_IDS;
    const order = [b.id, ...otherBuiltins, 'gone-long-ago', a.id, b.id];
    expect(templates.reorder(order).map((template) => template.id)).toEqual([
      b.id,
      ...otherBuiltins,
      a.id,
      firstBuiltin,
    ]);
    const c = templates.save({ ...CHECK_IN, name: 'C' });
    templates.remove(a.id);
    expect(templates.list().map((template) => template.id)).toEqual([b.id, ...otherBuiltins, firstBuiltin, c.id]);
    vault.close();
  });

  it('refuses a draft that is not a template', async () => {
    const { vault, templates } = await openJournal();
    const twoIds = await havenError(() =>
      templates.save({
        name: 'Twice',
        sections: [
          { kind: 'text', id: 'same', label: 'One' },
          { kind: 'text', id: 'same', label: 'Two' },
        ],
      }),
    );
    expect(twoIds).toMatchObject({ code: 'invalid-input', message: 'Two sections share an id.' });
    expect((await havenError(() => templates.save({ name: '   ', sections: [] }))).code).toBe('invalid-input');
    expect(templates.list().map((template) => template.id)).toEqual(BUILTIN_IDS);
    vault.close();
  });
});
