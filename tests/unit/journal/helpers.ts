import { createEntries } from '../../../main/journal/entries';
import { createSearch } from '../../../main/journal/search';
import { createTags } from '../../../main/journal/tags';
import { createTemplates } from '../../../main/journal/templates';
import { unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, newVault } from '../vault/helpers';

export { deepDocument } from '../editor/documents';

/** Builders for serialized Lexical documents, in the shapes the editor writes. */
export const textNode = (text: string, format = 0) => ({ type: 'text', version: 1, text, format });
export const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  children: children.map((child) => (typeof child === 'string' ? textNode(child) : child)),
});
export const tag = (kind: string, name: string) => ({ type: 'haven-tag', version: 1, kind, name });
export const intensity = (value: unknown) => ({ type: 'haven-intensity', version: 1, value });
export const response = (value: unknown) => ({ type: 'haven-response', version: 1, value });
/** Haven's section nodes, in the shapes resources/templates/section-nodes.ts gives them. */
export const section = (label: string, hint = '', sectionId = 'notes') => ({
  type: 'haven-section',
  version: 1,
  sectionId,
  label,
  hint,
});
export const picker = (kind: unknown, items: unknown, sectionId = 'picked') => ({
  type: 'haven-picker',
  version: 1,
  sectionId,
  kind,
  label: 'Picked',
  hint: 'Pick the words that fit.',
  withIntensity: kind === 'emotion',
  items,
});
export const item = (name: unknown, intensity: unknown = null) => ({ name, intensity });
export const choice = (sectionId: string, label: string, options: unknown, value: unknown) => ({
  type: 'haven-choice',
  version: 1,
  sectionId,
  label,
  hint: '',
  options,
  value,
});
export const prompt = (promptId: unknown, text: string) => ({
  type: 'haven-prompt',
  version: 1,
  sectionId: 'question',
  promptId,
  text,
});
export const docOf = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', version: 1, children } });
/** A document of one paragraph of plain text. */
export const doc = (text: string) => docOf(paragraph(text));

/** A real vault, unlocked, with the journal services over it and a clock that ticks a second per call. */
export async function openJournal(start = '2026-11-25T21:00:00Z') {
  const { dataDir, id, dir } = await newVault();
  const vault = await unlockVault(dataDir, id, PASSPHRASE, new Date(start));
  let clock = Date.parse(start);
  const now = () => new Date((clock += 1000));
  const entries = createEntries(vault.db, now);
  const search = createSearch(vault.db);
  return {
    vault,
    dir,
    dataDir,
    id,
    entries,
    search,
    tags: createTags(vault.db, now),
    templates: createTemplates(vault.db, now),
    /** Moves the service clock, e.g. past the Trash's 30 days. */
    setClock: (at: Date) => (clock = at.getTime()),
    /** Saves a new entry of plain text (or a full document) on a date. */
    write: (
      date: string,
      body: string,
      extra: { title?: string; template?: string; templateVersion?: number; doc?: string } = {},
    ) =>
      entries.save({
        date,
        title: extra.title ?? '',
        template: extra.template ?? 'blank',
        templateVersion: extra.templateVersion,
        doc: extra.doc ?? doc(body),
      }),
    /** FTS5's own check that its index matches the entries it was built from. */
    indexIsConsistent: () => {
      vault.db.exec("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)");
      return true;
    },
  };
}
