import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { HavenError } from '../../errors';

/**
 * What an import reads, as named files in memory: one file, the files of a .zip, or the files of a folder.
 * Nothing is ever extracted to disk. Limits keep a hostile or mistaken pick from filling memory: a file over
 * FILE_LIMIT is refused before it is read, a zip whose entries claim more than ENTRY_LIMIT each or ZIP_LIMIT
 * together is refused before anything is inflated (fflate inflates into a buffer of the declared size, so
 * the declared sizes bound the real ones too), and a name that climbs out of its folder is refused outright.
 */
export interface SourceFile {
  /** The path inside the zip or folder, with '/' between folders; the file's own name for a single file. */
  name: string;
  bytes: Uint8Array;
}

export interface Source {
  /** The picked path's last part, for messages. */
  label: string;
  kind: 'file' | 'zip' | 'folder';
  files: SourceFile[];
}

export interface SourceLimits {
  file: number;
  entry: number;
  zip: number;
  /** How many files a zip or folder may hold. */
  count: number;
}

const MB = 1024 * 1024;
export const DEFAULT_LIMITS: SourceLimits = { file: 500 * MB, entry: 200 * MB, zip: 1024 * MB, count: 100_000 };

export const badFile = (message: string, details?: Record<string, unknown>) =>
  new HavenError('bad-file', message, details);

/** An entry whose document the editor couldn't open, or that is too long to save: where, and why. */
export const unreadableEntry = (index: number, date: string, why: string) =>
  badFile(`Entry ${index + 1}, dated ${date}, can’t come into Haven, because ${why}.`);

const sizeText = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** A zip or folder path that stays inside: no absolute paths, drive letters, or ".." steps. */
export function isSafeInnerPath(name: string): boolean {
  if (name.includes('\0')) return false;
  const parts = name.replace(/\\/g, '/').split('/');
  if (parts[0] === '' || /^[a-zA-Z]:$/.test(parts[0] ?? '')) return false;
  return parts.every((part) => part !== '..');
}

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3;

export function readZip(label: string, bytes: Uint8Array, limits: SourceLimits = DEFAULT_LIMITS): SourceFile[] {
  let declared = 0;
  let count = 0;
  let unsafe: string | null = null;
  let tooBig: string | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/')) return false;
        if (!isSafeInnerPath(file.name)) unsafe ??= file.name;
        if (file.originalSize > limits.entry) tooBig ??= file.name;
        declared += file.originalSize;
        count += 1;
        // Once anything is wrong, inflate nothing more: the whole zip is refused below.
        return unsafe === null && tooBig === null && declared <= limits.zip && count <= limits.count;
      },
    });
  } catch {
    throw badFile(`“${label}” isn’t a zip file Haven can read: it may be damaged or only partly downloaded.`);
  }
  if (unsafe !== null) {
    throw badFile(`“${label}” holds a file named “${unsafe}” that points outside the zip. Haven won’t open it.`);
  }
  if (tooBig !== null) {
    throw badFile(`In “${label}”, “${tooBig}” unpacks to more than ${sizeText(limits.entry)}, too large to import.`);
  }
  if (declared > limits.zip || count > limits.count) {
    throw badFile(`“${label}” unpacks to more than ${sizeText(limits.zip)} or too many files, too large to import.`);
  }
  let actual = 0;
  const files = Object.entries(entries).map(([name, data]) => {
    actual += data.length;
    return { name, bytes: data };
  });
  if (actual > limits.zip) {
    throw badFile(`“${label}” unpacks to more than ${sizeText(limits.zip)}, too large to import.`);
  }
  return files;
}

function statOf(path: string): Stats {
  try {
    return statSync(path);
  } catch {
    throw badFile(
      `Haven can’t open “${basename(path)}”: it may have been moved, or Haven may not be allowed to read it.`,
    );
  }
}

function readFolder(path: string, limits: SourceLimits): SourceFile[] {
  const files: SourceFile[] = [];
  let total = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const name = relative(path, full).split(sep).join('/');
    const size = statSync(full).size;
    if (size > limits.entry) {
      throw badFile(`In “${basename(path)}”, “${name}” is ${sizeText(size)}, too large to import.`);
    }
    total += size;
    if (total > limits.zip || files.length >= limits.count) {
      throw badFile(
        `“${basename(path)}” holds more than ${sizeText(limits.zip)} or too many files, too much to import.`,
      );
    }
    files.push({ name, bytes: readFileSync(full) });
  }
  return files;
}

/** Reads the picked path: a folder, a .zip (by its first bytes, whatever its name) or a single file. */
export function readSource(path: string, limits: SourceLimits = DEFAULT_LIMITS): Source {
  const label = basename(path);
  const stats = statOf(path);
  if (stats.isDirectory()) return { label, kind: 'folder', files: readFolder(path, limits) };
  if (stats.size > limits.file) {
    throw badFile(`“${label}” is ${sizeText(stats.size)}; Haven imports files up to ${sizeText(limits.file)}.`);
  }
  const bytes = readFileSync(path);
  if (isZip(bytes)) return { label, kind: 'zip', files: readZip(label, bytes, limits) };
  return { label, kind: 'file', files: [{ name: label, bytes }] };
}
