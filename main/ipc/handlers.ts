import type Database from 'better-sqlite3-multiple-ciphers';
import { writeFile } from 'node:fs/promises';
import type { AppInfo } from '../../preload/contract';
import { HavenError } from '../errors';
import { createEntries, type Entries } from '../journal/entries';
import type { Platform } from '../platform/types';
import type { EventQueue } from '../session/events';
import type { VaultSession } from '../session/session';
import {
  changePassphrase,
  createVault,
  deleteVault,
  listBackups,
  listVaults,
  replaceRecoveryKey,
  restoreBackup,
} from '../vault/store';
import type { Handlers } from './router';

export interface HandlerDeps {
  info: Omit<AppInfo, 'dataDir'>;
  dataDir: string;
  now: () => Date;
  platform: Platform;
  events: EventQueue;
  session: VaultSession;
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
  const { dataDir, now, session, platform, events } = deps;
  const entriesByDb = new WeakMap<Database.Database, Entries>();
  const entries = (): Entries => {
    const { db } = session.vault();
    let service = entriesByDb.get(db);
    if (!service) {
      service = createEntries(db, now);
      entriesByDb.set(db, service);
    }
    return service;
  };
  const openVaultId = () => session.vault().id;

  return {
    'app:info': () => ({ ...deps.info, dataDir }),
    'app:nextEvent': () => events.next(deps.pollMs ?? 25_000),
    'app:activity': ({ focused }) => {
      session.activity(focused);
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
    'vaults:unlock': ({ vaultId, passphrase }) => session.unlock(vaultId, passphrase),
    'vaults:recover': ({ vaultId, recoveryKey, newPassphrase }) => session.recover(vaultId, recoveryKey, newPassphrase),
    'vaults:delete': async ({ vaultId, passphrase, confirmName }) => {
      if (session.current()?.vault.id === vaultId) session.lockNow('manual');
      await deleteVault(dataDir, vaultId, passphrase, confirmName);
      return null;
    },
    'vaults:backups': ({ vaultId }) => listBackups(dataDir, vaultId),
    'vaults:restore': ({ vaultId, backupId }) => {
      if (session.current()?.vault.id === vaultId) session.lockNow('manual');
      restoreBackup(dataDir, vaultId, backupId);
      return null;
    },
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
    'session:lock': () => {
      session.lockNow('manual');
      return null;
    },
    'session:setLock': (settings) => session.setLock(settings),
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
  };
}
