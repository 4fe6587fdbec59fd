import type Database from 'better-sqlite3-multiple-ciphers';
import { writeFile } from 'node:fs/promises';
import { subDays } from 'date-fns';
import type { AppInfo } from '../../preload/contract';
import { HavenError } from '../errors';
import { exportCard } from '../journal/card-export';
import { createCards, type Cards } from '../journal/cards';
import { createEntries, type Entries } from '../journal/entries';
import { formatDate, journalDate, parseDate } from '../journal/dates';
import { createPatterns, type Patterns } from '../journal/patterns';
import { createPrompts, type Prompts } from '../journal/prompts';
import { createSearch, type Search } from '../journal/search';
import { createTags, type Tags } from '../journal/tags';
import { createTemplates, type Templates } from '../journal/templates';
import type { Platform } from '../platform/types';
import type { EventQueue } from '../session/events';
import {
  readAppearance,
  readLockScreenPreferences,
  readPreferences,
  rememberLastJournal,
  writeAppearance,
  writeLockScreenPreferences,
  writePreferences,
} from '../session/preferences';
import type { Reminders } from '../session/reminders';
import { readJournalSettings, writeJournalSettings } from '../session/settings';
import type { VaultSession } from '../session/session';
import {
  changePassphrase,
  createVault,
  confirmDeletion,
  listBackups,
  listVaults,
  removeVault,
  repairHeader,
  replaceRecoveryKey,
  restoreBackup,
} from '../vault/store';
import { createFileHandlers } from './file-handlers';
import { createLongWork, guardWhileBusy } from './long-work';
import type { Handlers } from './router';

export interface HandlerDeps {
  info: Omit<AppInfo, 'dataDir'>;
  dataDir: string;
  now: () => Date;
  platform: Platform;
  events: EventQueue;
  session: VaultSession;
  reminders: Reminders;
  /** The renderer has saved what was pending after a 'save-pending' event. */
  onRendererSaved: () => void;
  /** How long one event poll waits before answering "none". */
  pollMs?: number;
}

const RECOVERY_FILE_TEXT = (key: string) =>
  [
    'Haven recovery key',
    '',
    key,
    '',
    'This key opens your Haven journal if you forget your passphrase.',
    'Keep it somewhere only you can reach: a password manager, or printed and put away.',
    '',
  ].join('\n');

export function createHandlers(deps: HandlerDeps): Handlers {
  const { dataDir, now, session, platform, events, reminders } = deps;
  // The window's chrome takes the chosen theme from the start, before the page has painted.
  platform.theme.follow(readAppearance(dataDir).theme);
  // Services hold prepared statements, so each is made once per open database.
  const perDb = <T>(make: (db: Database.Database) => T) => {
    const made = new WeakMap<Database.Database, T>();
    return (): T => {
      const { db } = session.vault();
      let service = made.get(db);
      if (!service) {
        service = make(db);
        made.set(db, service);
      }
      return service;
    };
  };
  const entries = perDb<Entries>((db) => createEntries(db, now));
  const search = perDb<Search>((db) => createSearch(db));
  const templates = perDb<Templates>((db) => createTemplates(db, now));
  const tags = perDb<Tags>((db) => createTags(db, now));
  const prompts = perDb<Prompts>((db) => createPrompts(db));
  // Patterns and conversation cards (issue 7)
  const patterns = perDb<Patterns>((db) => createPatterns(db, entries()));
  const cards = perDb<Cards>((db) =>
    createCards(db, now, {
      entry: (id) => {
        const entry = entries().get(id);
        if (entry.deletedAt !== null) throw new HavenError('not-found', 'That entry is in the Trash.');
        return entry;
      },
      insights: (period) => patterns().report(period).insights,
    }),
  );
  /** The night the person is writing for: after midnight, the evening before until their day starts. */
  const night = (at?: string) =>
    journalDate(at ? new Date(at) : now(), readJournalSettings(session.vault().db).dayStartsAtHour);
  const openVaultId = () => session.vault().id;
  /** Housekeeping each time a journal opens: Trash keeps entries for 30 days. */
  let tidied = false;
  const opened = <T>(result: T): T => {
    entries().purgeTrash(now());
    tidied = false;
    return result;
  };
  /**
   * An empty page left open when Haven last quit (or crashed) is not kept. Done with the first Today of a
   * session, which reads those days anyway, rather than on the unlock path.
   */
  const tidyEmptyPages = () => {
    if (tidied) return;
    entries().discardEmptySince(formatDate(subDays(parseDate(night()), 3)));
    tidied = true;
  };

  // An import, or a rename or merge across the journal: one at a time, with progress, everything else 'busy'.
  const work = createLongWork();
  const files = createFileHandlers({ info: deps.info, dataDir, now, platform, events, session, work });
  const retagProgress = (done: number, total: number) => events.emit({ type: 'retag-progress', done, total });

  const handlers: Handlers = {
    'app:info': () => ({ ...deps.info, dataDir }),
    'app:nextEvent': () => events.next(deps.pollMs ?? 25_000),
    'app:activity': ({ focused }) => {
      session.activity(focused);
      return null;
    },

    'app:saved': () => {
      deps.onRendererSaved();
      return null;
    },
    'app:copy': ({ text }) => {
      platform.clipboard.writeText(text);
      return null;
    },

    'vaults:list': () => listVaults(dataDir, now()),
    'vaults:create': async ({ name, passphrase }) => {
      const { summary, recoveryKey } = await createVault(dataDir, name, passphrase);
      return { vault: summary, recoveryKey };
    },
    'vaults:unlock': async ({ vaultId, passphrase }) => opened(await session.unlock(vaultId, passphrase)),
    'vaults:recover': async ({ vaultId, recoveryKey, newPassphrase }) =>
      opened(await session.recover(vaultId, recoveryKey, newPassphrase)),
    'vaults:delete': async ({ vaultId, passphrase, confirmName }) => {
      await confirmDeletion(dataDir, vaultId, passphrase, confirmName);
      // Lock and remove with nothing in between, so the lock screen this brings up never lists the journal.
      if (session.current()?.vault.id === vaultId) session.lockNow('manual');
      removeVault(dataDir, vaultId);
      return null;
    },
    'vaults:backups': ({ vaultId }) => listBackups(dataDir, vaultId),
    'vaults:restore': ({ vaultId, backupId }) => {
      if (session.current()?.vault.id === vaultId) session.lockNow('manual');
      restoreBackup(dataDir, vaultId, backupId);
      return null;
    },
    'vaults:repair': ({ vaultId }) => repairHeader(dataDir, vaultId, now()),
    'vaults:saveRecoveryKey': async ({ recoveryKey }) => {
      const path = await platform.dialogs.showSave({
        title: 'Save your recovery key',
        defaultName: 'Haven recovery key.txt',
        filters: [{ name: 'Text', extensions: ['txt'] }],
      });
      if (!path) throw new HavenError('cancelled', 'Nothing was saved.');
      try {
        await writeFile(path, RECOVERY_FILE_TEXT(recoveryKey), { mode: 0o600 });
      } catch {
        throw new HavenError('disk', `Haven couldn't write to ${path}. Pick another place and try again.`);
      }
      return { path };
    },

    'session:current': () => session.current(),
    'session:lastUsed': () => ({ vaultId: session.lastUsed() }),
    'session:lock': () => {
      session.lockNow('manual');
      return null;
    },
    'session:setLock': (settings) => session.setLock(settings),
    'session:integrity': () => session.integrity(),
    'session:changePassphrase': async ({ oldPassphrase, newPassphrase }) => {
      await changePassphrase(dataDir, openVaultId(), oldPassphrase, newPassphrase);
      return null;
    },
    'session:newRecoveryKey': async ({ passphrase }) => ({
      recoveryKey: await replaceRecoveryKey(dataDir, openVaultId(), passphrase),
    }),

    'entries:save': (input) => entries().save(input),
    'entries:get': ({ id }) => entries().get(id),
    'entries:list': (input) => entries().list(input),
    'entries:today': (input) => {
      tidyEmptyPages();
      return entries().today(
        input.now ? new Date(input.now) : now(),
        readJournalSettings(session.vault().db).dayStartsAtHour,
      );
    },
    'entries:calendar': ({ month, ...filter }) => entries().calendar(month, filter),
    'entries:delete': ({ id }) => {
      entries().remove(id);
      return null;
    },
    'entries:restore': ({ id }) => entries().restore(id),
    'entries:discardIfEmpty': ({ id }) => ({ discarded: entries().discardIfEmpty(id) }),
    'entries:trash': () => entries().trash(),
    'entries:emptyTrash': () => ({ removed: entries().emptyTrash() }),

    'templates:list': () => templates().list(),
    'templates:uses': () => templates().uses(),
    'templates:get': ({ id, version }) => templates().get(id, version),
    'templates:save': (draft) => templates().save(draft),
    'templates:duplicate': ({ id }) => templates().duplicate(id),
    'templates:delete': ({ id }) => {
      templates().remove(id);
      return null;
    },
    'templates:reorder': ({ ids }) => templates().reorder(ids),

    'tags:list': () => tags().list(),
    'tags:create': ({ kind, name }) => tags().create(kind, name),
    'tags:update': ({ kind, name, ...changes }) => tags().update(kind, name, changes),
    'tags:rename': ({ kind, from, to }) =>
      work.run(
        `Haven is renaming “${from}” in your entries. This will work again as soon as it finishes.`,
        async () => ({
          entries: await tags().rename(kind, from, to, { onProgress: retagProgress }),
        }),
      ),
    'tags:merge': ({ kind, from, into }) =>
      work.run(`Haven is merging “${from}” into “${into}”. This will work again as soon as it finishes.`, async () => ({
        entries: await tags().merge(kind, from, into, { onProgress: retagProgress }),
      })),

    'prompts:tonight': (input) => prompts().tonight(night(input.now)),
    'prompts:another': ({ now: at, id }) => prompts().another(night(at), id),
    'prompts:notForMe': ({ now: at, id }) => prompts().notForMe(night(at), id),
    'prompts:forSet': ({ now: at, set }) => prompts().forSet(night(at), set),
    'prompts:list': () => prompts().list(),
    'prompts:mark': ({ id, ...marks }) => prompts().mark(id, marks),
    'prompts:create': (input) => prompts().create(input, now()),
    'prompts:delete': ({ id }) => {
      prompts().remove(id);
      return null;
    },
    'prompts:preferences': () => prompts().preferences(),
    'prompts:setPreferences': (preferences) => prompts().setPreferences(preferences),

    'search:query': (query) => ({ results: search().query(query) }),

    'journal:settings': () => readJournalSettings(session.vault().db),
    'journal:setSettings': (settings) => {
      writeJournalSettings(session.vault().db, settings);
      return settings;
    },
    'prefs:get': () => ({ ...readPreferences(dataDir), openAtLogin: platform.loginItem.get() }),
    'prefs:set': (preferences) => {
      try {
        writePreferences(dataDir, preferences);
      } catch {
        throw new HavenError(
          'disk',
          'Haven couldn’t save this choice. Check that your disk has space, then try again.',
        );
      }
      platform.loginItem.set(preferences.openAtLogin);
      reminders.schedule(preferences.reminderTime);
      return preferences;
    },
    'prefs:lockScreen': () => readLockScreenPreferences(dataDir),
    'prefs:setLockScreen': (choice) => {
      try {
        writeLockScreenPreferences(dataDir, choice);
        // Turned on while a journal is open: that one is the journal used last.
        const open = session.current()?.vault.id;
        if (open) rememberLastJournal(dataDir, open);
      } catch {
        throw new HavenError(
          'disk',
          'Haven couldn’t save this choice. Check that your disk has space, then try again.',
        );
      }
      return choice;
    },
    'appearance:get': () => readAppearance(dataDir),
    'appearance:set': (appearance) => {
      try {
        writeAppearance(dataDir, appearance);
      } catch {
        throw new HavenError(
          'disk',
          'Haven couldn’t save this choice. Check that your disk has space, then try again.',
        );
      }
      platform.theme.follow(appearance.theme);
      return appearance;
    },
    'app:openLink': async ({ url }) => {
      const protocol = new URL(url).protocol;
      if (!['https:', 'http:', 'mailto:'].includes(protocol)) {
        throw new HavenError('invalid-input', 'Haven only opens web and email links.');
      }
      await platform.openExternal(url);
      return null;
    },

    // Patterns and conversation cards (issue 7)
    'patterns:bounds': ({ utcOffsetMinutes }) => patterns().bounds(utcOffsetMinutes),
    'patterns:report': (period) => patterns().report(period),
    'patterns:entries': (filter) => patterns().entries(filter),
    'cards:list': () => cards().list(),
    'cards:get': ({ id }) => cards().get(id),
    'cards:draft': (request) => cards().draft(request),
    'cards:save': (input) => cards().save(input),
    'cards:delete': ({ id }) => {
      cards().remove(id);
      return null;
    },
    'cards:export': async ({ id, format }) => {
      const result = await exportCard(cards().get(id), format, {
        choosePath: (options) => platform.dialogs.showSave(options),
        write: async (path, data) => {
          try {
            await writeFile(path, data, { mode: 0o600 });
          } catch {
            throw new HavenError('disk', `Haven couldn't write to ${path}. Pick another place and try again.`);
          }
        },
      });
      if (format !== 'text' && result.path === null) throw new HavenError('cancelled', 'Nothing was saved.');
      return result;
    },

    // Import, export and backup files (issue 8)
    ...files.handlers,
  };
  // While long work holds its transaction open, requests that would read or write the journal answer 'busy'.
  return guardWhileBusy(handlers, work);
}
