import { listVaults, unlockVault } from '../../../main/vault/store';

/**
 * Writes a document straight into an entry's row, bypassing the contract, as damage or an older build might
 * have left it. The journal must be locked in the app meanwhile: this opens the vault file on its own, with
 * its passphrase, the way the app does, and closes it again.
 */
export async function plantDocument(dataDir: string, passphrase: string, entryId: string, doc: string): Promise<void> {
  const [summary] = listVaults(dataDir, new Date());
  if (!summary) throw new Error('There is no journal to plant a document in.');
  const vault = await unlockVault(dataDir, summary.id, passphrase, new Date());
  try {
    const changed = vault.db.prepare('UPDATE entries SET doc = ? WHERE id = ?').run(doc, entryId).changes;
    if (changed !== 1) throw new Error(`No entry ${entryId} to plant a document in.`);
  } finally {
    vault.close();
  }
}
