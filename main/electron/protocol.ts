import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_ORIGIN, APP_SCHEME, resolveAppRequest } from './scheme';

/**
 * Must run before the app is ready: app:// becomes a standard, secure scheme with fetch, so the page gets an
 * origin of its own and its module scripts load (Electron security checklist, item 18). No CORS, no service
 * workers, no streaming, no code-cache exemptions: Haven's page needs none of them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer folder, and only it, through `resolveAppRequest`. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = resolveAppRequest(rendererDir, { method: request.method, url: request.url }, APP_ORIGIN);
    if (answer.kind === 'refused') return new Response(null, { status: answer.status, headers: answer.headers });
    try {
      const body = request.method === 'HEAD' ? null : await readFile(answer.path);
      return new Response(body, { status: 200, headers: answer.headers });
    } catch {
      return new Response(null, { status: 404, headers: answer.headers });
    }
  });
}
