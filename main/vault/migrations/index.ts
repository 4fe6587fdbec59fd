import type Database from 'better-sqlite3-multiple-ciphers';
import { HavenError } from '../../errors';
import { migration1000 } from './1000-entries';
import { migration1010 } from './1010-search';
import { migration1020 } from './1020-templates-and-tags';
import { migration1030 } from './1030-prompts';
import { migration1040 } from './1040-patterns-and-cards';
import { migration1050 } from './1050-pattern-rollups';
import { migration1060 } from './1060-entry-excerpts';

/**
 * Schema migrations, Signal-style: one numbered file each, forward only, the database's `user_version`
 * holding the number of the last one applied.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  migration1000,
  migration1010,
  migration1020,
  migration1030,
  migration1040,
  migration1050,
  migration1060,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;

export interface MigrationOptions {
  /** Runs once before the first migration of a database that already held something: the caller's backup. */
  beforeFirst: () => void;
}

/** Applies what is missing, each migration in its own transaction with its version bump. Returns how many ran. */
export function runMigrations(
  db: Database.Database,
  options: MigrationOptions,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    // Opening it anyway could let this older app write rows the newer schema no longer expects.
    throw new HavenError(
      'vault-too-new',
      'This journal was saved by a newer version of Haven. Update Haven to open it.',
      {
        version: current,
        known: latest,
      },
    );
  }
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return 0;

  // A database created before versioning began still counts as someone's data worth a backup.
  const hasContent = (db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number) > 0;
  if (current > 0 || hasContent) options.beforeFirst();

  for (const migration of pending) {
    const apply = db.transaction(() => {
      migration.up(db);
      // user_version can't be bound as a parameter; the number comes from our own code, not from input.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      if (error instanceof HavenError) throw error;
      throw new HavenError(
        'internal',
        "Haven couldn't finish updating this journal for the new version. A copy from just before the update is in its backups. Please tell us about it so we can help.",
        { reason: 'migration-failed', version: migration.version, cause: String(error) },
      );
    }
  }
  return pending.length;
}
