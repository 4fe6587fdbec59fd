import { join } from 'node:path';

/** Where one vault keeps its files. Everything of a vault lives in its own folder, so deleting it is one step. */
export function vaultFiles(vaultDir: string) {
  return {
    dir: vaultDir,
    header: join(vaultDir, 'header.json'),
    headerCopy: join(vaultDir, 'header.backup.json'),
    db: join(vaultDir, 'vault.db'),
    attempts: join(vaultDir, 'attempts.json'),
    backups: join(vaultDir, 'backups'),
  };
}
