import { listVaults, unlockVault } from '../../../main/vault/store';

/** Which row to write into: an entry's, or a conversation card's (a card's document is Lexical JSON too). */
export type PlantTarget = { entry: string } | { card: string };

/**
 * Writes a document straight into an entry's (or a card's) row, bypassing the contract, as damage or an older
 * build might have left it. The journal must be locked in the app meanwhile: this opens the vault file on its own, with
 * its passphrase, the way the app does, and closes it again.
 */
export async function plantDocument(
  dataDir: string,
  passphrase: string,
  target: PlantTarget,
  doc: string,
): Promise<void> {
  const [summary] = listVaults(dataDir, new Date());
  if (!summary) throw new Error('There is no journal to plant a document in.');
  const vault = await unlockVault(dataDir, summary.id, passphrase, new Date());
  try {
    const [table, id] = 'entry' in target ? ['entries', target.entry] : ['cards', target.card];
    const changed = vault.db.prepare(`UPDATE ${table} SET doc = ? WHERE id = ?`).run(doc, id).changes;
    if (changed !== 1) throw new Error(`No row ${id} in ${table} to plant a document in.`);
  } finally {
    vault.close();
  }
}
