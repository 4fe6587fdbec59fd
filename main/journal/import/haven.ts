import { HAVEN_EXPORT_FORMAT, HAVEN_EXPORT_VERSION, HavenExport, type HavenExportExtras } from '../export/haven-json';
import { firstIssue } from './json-file';
import type { ParsedImport } from './model';
import { checkParsedDocument } from '../../../resources/document/readable';
import { badFile, unreadableEntry, type SourceFile } from './source';

/**
 * Haven's own export (docs/EXPORT.md) comes back as it left: each entry keeps its id, dates, template and
 * document, so importing an export into the journal it came from adds nothing, and into another journal
 * brings every entry back equal. The person's templates, custom prompts and marks come along where the
 * journal doesn't have them yet; nothing already there is overwritten.
 */

export const isHavenExport = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === HAVEN_EXPORT_FORMAT;

export function readHaven(file: SourceFile, value: unknown): ParsedImport {
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > HAVEN_EXPORT_VERSION) {
    throw badFile(`“${file.name}” was exported by a newer version of Haven. Update Haven to import it.`);
  }
  const parsed = HavenExport.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue?.path[0] === 'entries' && typeof issue.path[1] === 'number' ? `entry ${issue.path[1] + 1}` : null;
    if (where && issue?.path[2] === 'date') {
      const written = (value as { entries: { date?: unknown }[] }).entries[issue.path[1] as number]?.date;
      throw badFile(`In ${where}, the date “${String(written)}” can’t be read.`);
    }
    throw badFile(`“${file.name}” isn’t a Haven export Haven can read: ${firstIssue(parsed.error)}.`);
  }
  const data = parsed.data;
  const tags = new Set<string>();
  const entries = data.entries.map((entry, index) => {
    // Checked before it is written back as a string: one nested thousands deep would exhaust the stack there.
    const check = checkParsedDocument(entry.doc);
    if (!check.ok) throw unreadableEntry(index, entry.date, check.why);
    for (const tag of entry.tags) tags.add(tag.name);
    return {
      id: entry.id,
      date: entry.date,
      createdAt: new Date(entry.createdAt).toISOString(),
      updatedAt: new Date(entry.updatedAt).toISOString(),
      title: entry.title,
      template: entry.template,
      templateVersion: entry.templateVersion,
      doc: JSON.stringify(entry.doc),
    };
  });
  const extras: HavenExportExtras = { templates: data.templates, tags: data.tags, prompts: data.prompts };
  return { format: 'haven', entries, tags, skipped: [], problems: [], extras };
}
