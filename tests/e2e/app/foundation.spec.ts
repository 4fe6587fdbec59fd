import { VERSION } from '../support/paths';
import { expect, test } from '../fixtures';

test('the renderer asks the main process for app info and shows the version', async ({ page, dataDir }) => {
  await expect(page.getByTestId('app-version')).toHaveText(VERSION);
  const info = await page.evaluate(() => window.haven.app.info());
  expect(info).toEqual({
    ok: true,
    value: { name: 'Haven', version: VERSION, dataDir, platform: process.platform },
  });
});

test('a malformed payload through the bridge is answered with a typed validation error', async ({ page }) => {
  const answer = await page.evaluate(() =>
    // Deliberately the wrong shape: what a compromised or buggy page might send.
    (window.haven.vaults.unlock as (input: unknown) => Promise<unknown>)({ vaultId: 42, passphrase: '' }),
  );
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  const message = (answer as { error: { message: string } }).error.message;
  expect(message).toContain('vaultId');
  expect(message).not.toMatch(/\n\s+at /);
});

test('the page runs under the strict content security policy', async ({ page }) => {
  await expect(page.getByTestId('app-version')).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true;';
    document.head.append(inline);
    const remote = document.createElement('img');
    remote.src = 'https://example.invalid/pixel.png';
    document.body.append(remote);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { inlineRan: 'inlineRan' in window || '__inlineRan' in window, violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
});
