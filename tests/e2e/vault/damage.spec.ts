import Database from 'better-sqlite3-multiple-ciphers';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHeader } from '../../../main/vault/header';
import { deriveKey, unwrapKey } from '../../../main/vault/keys';
import { expect, expectAccessible, test } from '../fixtures';
import { openSettings } from '../data/steps';
import { createJournal, unlock, writeInToday } from '../support/journal';

const PASSPHRASE = 'harbour lantern quiet willow';

/** The one journal's folder in the test's data directory. */
function journalDir(dataDir: string): string {
  const [id] = readdirSync(join(dataDir, 'vaults')).filter((name) => /^[a-z0-9-]+$/.test(name));
  return join(dataDir, 'vaults', id!);
}

/** Writes, waits for the day's check to pass (so the lock folds everything into vault.db), and locks. */
async function journalWithWriting(page: import('@playwright/test').Page, words: string) {
  await createJournal(page, 'Robin', PASSPHRASE);
  await writeInToday(page, words);
  await openSettings(page);
  await expect(page.getByText('Checked today: everything reads back whole.')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
}

test('a journal whose key file is damaged is listed as needing repair, and opens again after the repair', async ({
  page,
  dataDir,
}) => {
  test.setTimeout(120_000);
  await journalWithWriting(page, 'The rain stopped before the bus came.');
  const header = join(journalDir(dataDir), 'header.json');
  const bytes = readFileSync(header);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x20;
  writeFileSync(header, bytes);

  await page.reload();
  const journal = page.getByRole('list', { name: 'Journals' }).getByRole('button', { name: 'Robin, needs repair' });
  await expect(journal).toBeVisible();
  await journal.click();
  await expect(page.getByRole('heading', { name: 'Robin needs a small repair' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Repair journal' }).click();

  await expect(
    page.getByRole('list', { name: 'Journals' }).getByRole('button', { name: 'Robin', exact: true }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText('The rain stopped before the bus came.');
});

test('damage found after unlock closes the journal, says so in words, and a backup brings it back', async ({
  page,
  dataDir,
}) => {
  test.setTimeout(120_000);
  await journalWithWriting(page, 'A slow walk along the canal.');
  const dir = journalDir(dataDir);
  const file = join(dir, 'vault.db');

  // One flipped bit in the page that holds the entries: the schema still reads, so the journal unlocks, and
  // the damage turns up when tonight's page is read.
  const header = readHeader(join(dir, 'header.json'));
  const wrapping = await deriveKey(PASSPHRASE, header.kdf);
  const dataKey = unwrapKey(header.wrapped.passphrase, wrapping, 'passphrase')!;
  const db = new Database(file, { readonly: true });
  db.pragma("cipher = 'chacha20'");
  db.key(Buffer.from(`x'${dataKey.toString('hex')}'`));
  const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'entries'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(file);
  bytes[(root - 1) * pageSize + 200]! ^= 0x01;
  writeFileSync(file, bytes);

  await unlock(page, 'Robin', PASSPHRASE);
  await expect(page.getByRole('alert').filter({ hasText: 'Part of this journal is damaged' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    page.getByRole('list', { name: 'Journals' }).getByRole('button', { name: 'Robin, damaged' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Part of Robin is damaged' })).toBeVisible();
  await expectAccessible(page);
  // Nothing was written after the damage was found.
  expect(readFileSync(file).equals(bytes)).toBe(true);

  await page.getByRole('button', { name: 'Restore from backup' }).click();
  await page
    .getByRole('list', { name: 'Backups' })
    .getByRole('button', { name: /^Restore Daily backup/ })
    .click();
  await page.getByRole('button', { name: 'Yes, restore this one' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored daily backup' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to unlock' }).click();
  await unlock(page, 'Robin', PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('textbox', { name: 'Entry' })).toBeVisible();
});
