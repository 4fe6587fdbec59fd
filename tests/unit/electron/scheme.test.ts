import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/csp';
import { APP_ORIGIN, APP_URL, resolveAppRequest } from '../../../main/electron/scheme';

const parent = mkdtempSync(join(tmpdir(), 'haven-scheme-'));
const root = join(parent, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}');
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(root, 'assets', 'my font.woff2'), '');
writeFileSync(join(root, 'assets', 'notes.md'), 'not a renderer file');
// A neighbour whose name starts like the root: a naive prefix check would let it through.
mkdirSync(`${root}-secrets`);
writeFileSync(join(`${root}-secrets`, 'vault.js'), 'secret');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const get = (url: string) => resolveAppRequest(root, { method: 'GET', url });

describe('the app:// scheme', () => {
  it('serves the built page and its assets with their types', () => {
    const page = get(APP_URL);
    expect(page).toMatchObject({ kind: 'file', path: join(root, 'index.html'), status: 200 });
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(get(`${APP_ORIGIN}/`)).toMatchObject({ kind: 'file', path: join(root, 'index.html') });
    expect(get(`${APP_ORIGIN}/assets/index-abc.js?v=1#x`)).toMatchObject({
      kind: 'file',
      path: join(root, 'assets', 'index-abc.js'),
      headers: expect.objectContaining({ 'Content-Type': 'text/javascript; charset=utf-8' }),
    });
    expect(get(`${APP_ORIGIN}/assets/index-abc.css`).headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect(get(`${APP_ORIGIN}/assets/my%20font.woff2`)).toMatchObject({
      kind: 'file',
      path: join(root, 'assets', 'my font.woff2'),
    });
  });

  it('sends the policy and no-store with every answer, refusals included', () => {
    for (const answer of [get(APP_URL), get(`${APP_ORIGIN}/../etc/passwd`), get('app://other/index.html')]) {
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['Cache-Control']).toBe('no-store');
      expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('refuses every way out of the renderer folder', () => {
    const attacks = [
      `${APP_ORIGIN}/..%2f..%2fetc%2fpasswd`,
      `${APP_ORIGIN}/assets%2F..%2F..%2Fsecrets.js`,
      `${APP_ORIGIN}/..%5c..%5cwindows%5cwin.ini`,
      `${APP_ORIGIN}/assets/..%252f..%252fsecrets.js`,
      `${APP_ORIGIN}/index.html%00.js`,
      `${APP_ORIGIN}/C:/Windows/win.ini`,
      `${APP_ORIGIN}/%E0%A4%A`,
      `${APP_ORIGIN}/${encodeURIComponent(join(`${root}-secrets`, 'vault.js'))}`,
      `${APP_ORIGIN}//${root.split(sep).join('/')}-secrets/vault.js`,
    ];
    for (const url of attacks) expect(get(url).kind, url).toBe('refused');
    // URL parsing already folds an encoded dot-dot into the path, so these stay inside the folder.
    for (const url of [
      `${APP_ORIGIN}/%2e%2e/renderer-secrets/vault.js`,
      `${APP_ORIGIN}/assets/%2E%2E/%2E%2E/renderer-secrets/vault.js`,
    ]) {
      const answer = get(url);
      if (answer.kind === 'file') expect(answer.path, url).toBe(join(root, 'renderer-secrets', 'vault.js'));
    }
  });

  it('answers only its own origin, and only GET and HEAD', () => {
    expect(get('app://evil/index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(get('file:///index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(get('https://haven/index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(get('app://user:pw@haven/index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(get('not a url')).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveAppRequest(root, { method: 'POST', url: APP_URL })).toMatchObject({ kind: 'refused', status: 405 });
    expect(resolveAppRequest(root, { method: 'HEAD', url: APP_URL })).toMatchObject({ kind: 'file' });
  });

  it('serves only the kinds of file the renderer is built from', () => {
    expect(get(`${APP_ORIGIN}/assets/notes.md`)).toMatchObject({ kind: 'refused', status: 404 });
    expect(get(`${APP_ORIGIN}/assets`)).toMatchObject({ kind: 'refused', status: 404 });
    expect(get(`${APP_ORIGIN}/no-dictionaries/en-US-10-1.bdic`)).toMatchObject({ kind: 'refused', status: 404 });
  });

  it('answers the bridge server by the same rules on its loopback origin', () => {
    const origin = 'http://127.0.0.1:4567';
    expect(resolveAppRequest(root, { method: 'GET', url: `${origin}/assets/index-abc.js` }, origin)).toMatchObject({
      kind: 'file',
    });
    expect(resolveAppRequest(root, { method: 'GET', url: `${origin}/..%2fsecrets` }, origin).kind).toBe('refused');
    expect(resolveAppRequest(root, { method: 'GET', url: `http://127.0.0.1:9999/index.html` }, origin).kind).toBe(
      'refused',
    );
  });
});
