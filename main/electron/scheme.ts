import { extname, isAbsolute, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Haven's own scheme. The packaged window loads `app://haven/index.html` instead of a file:// page: with the
 * grantFileProtocolExtraPrivileges fuse off (as it should be), Chromium treats file:// like any browser does
 * and refuses the built module script, so the window would stay blank. A privileged standard scheme gives the
 * page a real origin of its own, and every byte it loads passes through `resolveAppRequest` below.
 *
 * No 'electron' import here: the e2e bridge's static server answers with this same function, so the tests
 * serve the renderer exactly as the packaged app does.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'haven';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** The only kinds of file the renderer is built from; anything else in the folder is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * Sent with every answer. `no-store`: nothing served to the window is ever written to Chromium's disk cache
 * (DESIGN §4; later, photos from the vault come through here too). The policy travels as a header as well as
 * the built page's meta tag, so it holds for every resource, not only the page.
 */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

export type AppResponse =
  | { kind: 'file'; path: string; status: 200; headers: Record<string, string> }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; headers: Record<string, string> };

export interface AppRequest {
  method: string;
  url: string;
}

const refused = (status: 400 | 403 | 404 | 405): AppResponse => ({
  kind: 'refused',
  status,
  headers: { ...APP_RESPONSE_HEADERS },
});

/**
 * Which file inside `root` (the built renderer folder) answers a request, or why none does. Only GET and
 * HEAD; only the expected origin; only paths that stay inside `root` after decoding (no `..` or `.` segment,
 * no encoded slash or backslash, no NUL, nothing absolute); only file types the renderer is built from.
 * `expectedOrigin` is `app://haven` for the app and the loopback origin for the bridge's server.
 */
export function resolveAppRequest(root: string, request: AppRequest, expectedOrigin: string = APP_ORIGIN): AppResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refused(405);
  let url: URL;
  let expected: URL;
  try {
    url = new URL(request.url);
    expected = new URL(expectedOrigin);
  } catch {
    return refused(400);
  }
  // A custom scheme's origin reads "null" in Node's URL, so compare scheme and host themselves.
  if (url.protocol !== expected.protocol || url.host !== expected.host) return refused(403);
  if (url.username || url.password) return refused(403);

  const raw = url.pathname;
  // An encoded slash or backslash would let one segment become several after decoding.
  if (/%(2f|5c|00)/i.test(raw)) return refused(403);
  let pathname: string;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    return refused(400);
  }
  // A '%' left after decoding means the path was encoded twice: no built file is named like that.
  if (/[\0\\%]/.test(pathname) || pathname.includes('//')) return refused(403);
  const segments = pathname.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '.' || segment === '..' || /^[a-z]:$/i.test(segment))) {
    return refused(403);
  }
  if (segments.length === 0) segments.push('index.html');
  const relative = segments.join('/');
  if (isAbsolute(relative)) return refused(403);

  const base = resolve(root);
  const file = resolve(base, relative);
  if (!file.startsWith(base + sep)) return refused(403);
  const type = CONTENT_TYPES[extname(file).toLowerCase()];
  if (!type) return refused(404);
  return { kind: 'file', path: file, status: 200, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': type } };
}
