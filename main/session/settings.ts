import type Database from 'better-sqlite3-multiple-ciphers';
import { JournalSettings, LockSettings } from '../../preload/contract';
import { readSetting, writeSetting } from './vault-settings';

export const DEFAULT_LOCK: LockSettings = { idleSeconds: 600, blurSeconds: null };
export const DEFAULT_JOURNAL: JournalSettings = { dayStartsAtHour: 4 };

export const readLockSettings = (db: Database.Database) => readSetting(db, 'lock', LockSettings, DEFAULT_LOCK);
export const writeLockSettings = (db: Database.Database, value: LockSettings) => writeSetting(db, 'lock', value);

export const readJournalSettings = (db: Database.Database) =>
  readSetting(db, 'journal', JournalSettings, DEFAULT_JOURNAL);
export const writeJournalSettings = (db: Database.Database, value: JournalSettings) =>
  writeSetting(db, 'journal', value);
