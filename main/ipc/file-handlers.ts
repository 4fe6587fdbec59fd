import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AppInfo, ExportFormat } from '../../preload/contract';
import { HavenError } from '../errors';
import { formatDate } from '../journal/dates';
import { buildHavenExport, exportExtras } from '../journal/export/haven-json';
import { markdownZip } from '../journal/export/markdown-zip';
import { entriesPdf } from '../journal/export/pdf';
import { selectEntries, writtenAsPlainText } from '../journal/export/select';
import { applyImport, parseImport, previewOf } from '../journal/import/index';
import type { ParsedImport } from '../journal/import/model';
import { readSource } from '../journal/import/source';
import type { Platform } from '../platform/types';
import type { EventQueue } from '../session/events';
import type { VaultSession } from '../session/session';
import { BACKUP_FILE_EXTENSION, restoreBackupFile, saveBackupFile } from '../vault/backup-file';
import type { LongWork } from './long-work';
import type { Handlers } from './router';

/**
 * Import, export and backup files (issue 8). Paths come only from the system dialogs: `import:preview` reads
 * a path that `import:choose` answered in this run, so a renderer can't make Haven read any file it names.
 * While an import writes (one transaction held across turns of the event loop, with progress events), every
 * other request that could read or write the journal waits its turn with 'busy' (main/ipc/long-work.ts).
 */

type FileChannel =
  | 'import:choose'
  | 'import:preview'
  | 'import:apply'
  | 'import:cancel'
  | 'export:run'
  | 'backup:save'
  | 'vaults:restoreFile';

export interface FileHandlerDeps {
  info: Omit<AppInfo, 'dataDir'>;
  dataDir: string;
  now: () => Date;
  platform: Platform;
  events: EventQueue;
  session: VaultSession;
  work: LongWork;
}

export interface FileHandlers {
  handlers: Pick<Handlers, FileChannel>;
}

interface Pending {
  db: Database.Database;
  parsed: ParsedImport;
}

/** Previews kept for `import:apply`; an older one is forgotten when more are made. */
const MAX_PENDING = 2;

const EXPORTS: Record<ExportFormat, { extension: string; filter: string }> = {
  'haven-json': { extension: 'json', filter: 'Haven export' },
  markdown: { extension: 'zip', filter: 'Markdown files in a zip' },
  pdf: { extension: 'pdf', filter: 'PDF' },
};

const nothingSaved = () => new HavenError('cancelled', 'Nothing was saved.');

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const { dataDir, now, platform, events, session, work } = deps;
  const chosen = new Set<string>();
  const pending = new Map<string, Pending>();

  const expired = () =>
    new HavenError('not-found', 'That import preview is no longer there. Choose the file again with “Import…”.');

  async function write(path: string, bytes: Uint8Array | string): Promise<void> {
    try {
      await writeFile(path, bytes, { mode: 0o600 });
    } catch {
      throw new HavenError('disk', `Haven couldn’t write to ${path}. Pick another place and try again.`);
    }
  }

  const handlers: Pick<Handlers, FileChannel> = {
    'import:choose': async ({ folder }) => {
      const paths = await platform.dialogs.showOpen(
        folder
          ? { title: 'Import a folder of Markdown files', directory: true }
          : {
              title: 'Import',
              filters: [{ name: 'Journal exports', extensions: ['zip', 'json', 'md', 'markdown', 'txt', 'csv'] }],
            },
      );
      const path = paths?.[0];
      if (!path) throw new HavenError('cancelled', 'Nothing was imported.');
      chosen.add(path);
      return { path };
    },

    'import:preview': ({ path }) => {
      if (!chosen.has(path)) {
        throw new HavenError('invalid-input', 'Choose the file to import with “Import…”, then try again.');
      }
      const { db } = session.vault();
      const parsed = parseImport(readSource(path));
      const token = randomBytes(12).toString('hex');
      pending.set(token, { db, parsed });
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
      return previewOf(db, parsed, token);
    },

    'import:apply': ({ token }) => {
      const held = pending.get(token);
      const { db } = session.vault();
      if (!held || held.db !== db) throw expired();
      return work.run('Haven is importing entries. This will work again as soon as it finishes.', () => {
        pending.delete(token);
        return applyImport(db, held.parsed, {
          now,
          onProgress: (done, total) => events.emit({ type: 'import-progress', done, total }),
        });
      });
    },

    'import:cancel': ({ token }) => {
      pending.delete(token);
      return null;
    },

    'export:run': async (request) => {
      const vault = session.vault();
      const rows = selectEntries(vault.db, request);
      if (rows.length === 0)
        throw new HavenError('not-found', 'No entries match that choice, so there is nothing to export.');
      const { extension, filter } = EXPORTS[request.format];
      const path = await platform.dialogs.showSave({
        title: 'Export',
        defaultName: `${vault.name} ${formatDate(now())}.${extension}`,
        filters: [{ name: filter, extensions: [extension] }],
      });
      if (!path) throw nothingSaved();
      if (request.format === 'haven-json') {
        const data = buildHavenExport(
          rows,
          exportExtras(vault.db),
          { name: deps.info.name, version: deps.info.version },
          now(),
        );
        await write(path, `${JSON.stringify(data, null, 2)}\n`);
      } else if (request.format === 'markdown') {
        await write(path, markdownZip(rows));
      } else {
        await write(path, await entriesPdf(rows, vault.name, platform));
      }
      return { path, entries: rows.length, asPlainText: writtenAsPlainText(rows) };
    },

    'backup:save': async () => {
      const vault = session.vault();
      const path = await platform.dialogs.showSave({
        title: 'Save a backup',
        defaultName: `${vault.name} ${formatDate(now())}.${BACKUP_FILE_EXTENSION}`,
        filters: [{ name: 'Haven backup', extensions: [BACKUP_FILE_EXTENSION] }],
      });
      if (!path) throw nothingSaved();
      saveBackupFile(vault, path, now());
      return { path };
    },

    'vaults:restoreFile': async () => {
      const paths = await platform.dialogs.showOpen({
        title: 'Restore from backup',
        filters: [{ name: 'Haven backups', extensions: [BACKUP_FILE_EXTENSION, 'db'] }],
      });
      const path = paths?.[0];
      if (!path) throw new HavenError('cancelled', 'Nothing was restored.');
      return restoreBackupFile(dataDir, path);
    },
  };

  return { handlers };
}
