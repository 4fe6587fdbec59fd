import { createHash } from 'node:crypto';
import type { SerializedNode } from '../../../resources/templates/lexical-json';
import { localDateIn, parseInstant } from './dates';
import { readJson } from './json-file';
import { SkipCounter, cleanTags, sourceEntryId, type ImportedEntry, type ParsedImport } from './model';
import { badFile, type SourceFile } from './source';
import { entryDocument, htmlToText, looksLikeHtml, markdownLineBlocks, plainTextBlocks } from './text-blocks';

/**
 * Standard Notes' decrypted backup: `{version:"004", items:[…]}`, a file named "Standard Notes Backup and Import
 * File.txt" (alone, or in the backup's .zip beside an Items/ folder of copies). Each `Note` item becomes an
 * entry on the day it was created, in your time zone (Standard Notes keeps moments, not zones); `Tag` items
 * name the notes they hold (and older notes name their tags), and become tags. A note keeps its text as its
 * editor kept it: Markdown notes as Markdown with every line, rich-text notes' HTML as lines, Super notes'
 * paragraphs as lines, and every other kind (plain text, code, checklists) as plain text. Notes in the Trash,
 * attached files and the app's settings stay out. An encrypted backup is refused: its notes can't be read
 * without the account's keys, and a decrypted backup is one click away in Standard Notes.
 */

const BACKUP_NAME = /(^|\/)Standard Notes Backup and Import File[^/]*\.(txt|json)$/i;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const itemsOf = (value: unknown): unknown[] | null =>
  isObject(value) && Array.isArray(value.items) ? value.items : null;

export function isStandardNotes(value: unknown): boolean {
  const items = itemsOf(value);
  if (!items) return false;
  const record = value as Record<string, unknown>;
  const versioned = typeof record.version === 'string' || 'keyParams' in record || 'auth_params' in record;
  return versioned && items.some((item) => isObject(item) && typeof item.content_type === 'string');
}

/** A backup among a zip's or folder's files (Standard Notes names it), or a single .txt that is one. */
export function findStandardNotes(files: readonly SourceFile[]): { file: SourceFile; value: unknown } | null {
  const named = files.filter((file) => BACKUP_NAME.test(file.name));
  const candidates = named.length > 0 ? named : files.length === 1 && /\.txt$/i.test(files[0]!.name) ? [files[0]!] : [];
  for (const file of candidates) {
    // Only what opens like JSON is read as JSON: a .txt of words is someone's notes, not a backup.
    const start = new TextDecoder('utf-8')
      .decode(file.bytes.subarray(0, 64))
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (!start.startsWith('{')) continue;
    let value: unknown;
    try {
      value = readJson(file);
    } catch {
      // A note that happens to open with "{" is someone's words; a file Standard Notes named is a damaged backup.
      if (named.length === 0) continue;
      throw badFile(
        `“${file.name}” is a Standard Notes backup that can’t be read whole: it may be damaged or only partly downloaded.`,
      );
    }
    if (isStandardNotes(value)) return { file, value };
  }
  return null;
}

const ENCRYPTED_MESSAGE = (name: string) =>
  `“${name}” is an encrypted Standard Notes backup, so the notes in it can’t be read here. In Standard Notes, ` +
  'open Preferences, then Backups, download a decrypted backup, and import that file.';

/** The text of a Super note (Standard Notes' own Lexical JSON) as lines: one per block, line breaks kept. */
function superText(json: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const root = isObject(parsed) && isObject(parsed.root) ? parsed.root : null;
  if (!root) return null;
  const lines: string[] = [];
  let line = '';
  // An explicit stack, so a note nested deep can't exhaust the call stack.
  const stack: { node: unknown; next: number }[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    const node = frame.node as Record<string, unknown>;
    const children = Array.isArray(node.children) ? (node.children as unknown[]) : [];
    if (frame.next < children.length) {
      const child = children[frame.next++];
      if (!isObject(child)) continue;
      if (typeof child.text === 'string') line += child.text;
      else if (child.type === 'linebreak') line += '\n';
      else if (child.type === 'tab') line += '\t';
      if (Array.isArray(child.children)) stack.push({ node: child, next: 0 });
      continue;
    }
    stack.pop();
    // Every element but a link ends its line, an empty paragraph too.
    if (node !== root && node.type !== 'link' && node.type !== 'autolink') {
      lines.push(line);
      line = '';
    }
  }
  return lines.join('\n');
}

/**
 * Notes written in a Markdown editor. Newer notes say so themselves (`noteType`, `editorIdentifier`); older
 * ones don't, but the editor's own item lists the notes it was chosen for (`associatedItemIds`).
 */
function markdownNotes(items: readonly Record<string, unknown>[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (item.content_type !== 'SN|Component' || !isObject(item.content)) continue;
    const { identifier, package_info: info, associatedItemIds: notes } = item.content;
    const name = typeof identifier === 'string' ? identifier : isObject(info) ? String(info.identifier ?? '') : '';
    if (!/markdown/i.test(name) || !Array.isArray(notes)) continue;
    for (const id of notes) if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

function blocksFor(content: Record<string, unknown>, markdown: boolean): SerializedNode[] {
  const text = typeof content.text === 'string' ? content.text : '';
  const kind = typeof content.noteType === 'string' ? content.noteType : '';
  const editor = typeof content.editorIdentifier === 'string' ? content.editorIdentifier : '';
  if (kind === 'super') {
    const lines = superText(text);
    if (lines !== null) return plainTextBlocks(lines);
  }
  if (kind === 'markdown' || /markdown/i.test(editor)) return markdownLineBlocks(text);
  // Checked before the editors' own lists: a note moved from the rich-text editor keeps its HTML.
  if (kind === 'rich-text' || looksLikeHtml(text)) return plainTextBlocks(htmlToText(text));
  if (markdown && !kind) return markdownLineBlocks(text);
  return plainTextBlocks(text);
}

interface Reference {
  uuid: string;
  type: string;
}

function referencesOf(content: Record<string, unknown>): Reference[] {
  const list = Array.isArray(content.references) ? content.references : [];
  return list.flatMap((ref) =>
    isObject(ref) && typeof ref.uuid === 'string'
      ? [{ uuid: ref.uuid, type: typeof ref.content_type === 'string' ? ref.content_type : '' }]
      : [],
  );
}

const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function readStandardNotes(file: SourceFile, value: unknown, timeZone = systemTimeZone()): ParsedImport {
  const items = itemsOf(value);
  if (!items || !isStandardNotes(value)) {
    throw badFile(`“${file.name}” isn’t a Standard Notes backup Haven can read.`);
  }
  const live = items.filter((item): item is Record<string, unknown> => isObject(item) && item.deleted !== true);
  const encrypted = live.some(
    (item) => item.content_type !== 'SN|ItemsKey' && typeof item.content === 'string' && item.content !== '',
  );
  if (encrypted) throw badFile(ENCRYPTED_MESSAGE(file.name));

  // Tag names by tag uuid, and the tags each note is in, from both directions of reference.
  const tagNames = new Map<string, string>();
  const noteTags = new Map<string, Set<string>>();
  const tagNote = (note: string, tag: string) => {
    const set = noteTags.get(note) ?? new Set<string>();
    set.add(tag);
    noteTags.set(note, set);
  };
  for (const item of live) {
    if (item.content_type !== 'Tag' || !isObject(item.content) || typeof item.uuid !== 'string') continue;
    const title = typeof item.content.title === 'string' ? item.content.title : '';
    if (title.trim()) tagNames.set(item.uuid, title);
    for (const ref of referencesOf(item.content))
      if (ref.type === 'Note' || ref.type === '') tagNote(ref.uuid, item.uuid);
  }

  const inMarkdown = markdownNotes(live);
  const skipped = new SkipCounter();
  const problems: string[] = [];
  const tags = new Set<string>();
  const entries: ImportedEntry[] = [];
  let noteIndex = 0;
  for (const item of live) {
    if (item.content_type === 'SN|File')
      skipped.add('attached files', 'Haven keeps your words; files stay in Standard Notes');
    if (item.content_type !== 'Note') continue;
    noteIndex += 1;
    const content = isObject(item.content) ? item.content : null;
    const titleText = content && typeof content.title === 'string' ? content.title.replace(/\s+/g, ' ').trim() : '';
    const where = titleText ? `The note “${titleText.slice(0, 60)}”` : `Note ${noteIndex}`;
    if (!content || typeof item.uuid !== 'string') {
      problems.push(`${where}: it can’t be read.`);
      continue;
    }
    if (content.trashed === true) {
      skipped.add('notes in the Trash', 'they were in Standard Notes’ Trash');
      continue;
    }
    const created = parseInstant(item.created_at);
    if (!created) {
      problems.push(`${where}: its date isn’t readable.`);
      continue;
    }
    const text = typeof content.text === 'string' ? content.text : '';
    if (!titleText && !text.trim()) {
      skipped.add('empty notes', 'they hold no title or text');
      continue;
    }
    const tagIds = new Set(noteTags.get(item.uuid) ?? []);
    for (const ref of referencesOf(content)) if (ref.type === 'Tag') tagIds.add(ref.uuid);
    const names = cleanTags([...tagIds].flatMap((id) => (tagNames.has(id) ? [tagNames.get(id)!] : [])));
    for (const name of names) tags.add(name);

    const appData = isObject(content.appData) ? content.appData['org.standardnotes.sn'] : undefined;
    const edited =
      parseInstant(isObject(appData) ? appData.client_updated_at : undefined) ?? parseInstant(item.updated_at);
    const createdAt = created.toISOString();
    // Known again by its uuid, its creation and its words: importing the same backup twice adds nothing, and a
    // note edited since an earlier import comes in beside it rather than being passed over, so no words are lost.
    const key = createHash('sha256')
      .update(JSON.stringify([item.uuid, createdAt, titleText, text]))
      .digest('hex');
    entries.push({
      id: sourceEntryId('standardnotes', key),
      date: localDateIn(created, timeZone),
      createdAt,
      updatedAt: edited && edited > created ? edited.toISOString() : createdAt,
      title: titleText.slice(0, 500),
      template: 'blank',
      templateVersion: null,
      doc: entryDocument(blocksFor(content, inMarkdown.has(item.uuid)), names),
    });
  }
  return { format: 'standardnotes', entries, tags, skipped: skipped.list(), problems };
}
