/**
 * Links in an entry may point only at web pages and email addresses: one click must never run script, open a
 * local file or start some other program.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const EMAIL = /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export type LinkCheck = { ok: true; url: string } | { ok: false; message: string };

const ONLY_WEB_AND_MAIL = 'Haven links only to web pages (https:// or http://) and email addresses (mailto:).';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function accepted(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || !ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  return parsed.protocol === 'mailto:' ? parsed.pathname.length > 0 : parsed.hostname.length > 0;
}

/**
 * Checks a link address as a person typed or pasted it. Without a scheme, an email address becomes a mailto:
 * link and anything else a web address (`example.com` → `https://example.com`). The address is otherwise kept
 * as written, so the confirmation before opening shows exactly what was stored.
 */
export function checkLinkUrl(input: string): LinkCheck {
  const url = input.trim();
  if (url === '') return { ok: false, message: 'Type or paste the address the link should open.' };
  if (/\s/.test(url)) return { ok: false, message: 'A link address has no spaces in it.' };
  const scheme = SCHEME.exec(url)?.[1];
  // "example.com:8080/page" starts like a scheme; a real scheme has no dot and is followed by something.
  if (scheme && !scheme.includes('.')) {
    if (accepted(url)) return { ok: true, url };
    const protocol = `${scheme.toLowerCase()}:`;
    if (ALLOWED_PROTOCOLS.has(protocol)) return { ok: false, message: `“${url}” is not a complete address.` };
    return { ok: false, message: `${ONLY_WEB_AND_MAIL} “${protocol}” links can't be added.` };
  }
  const guess = EMAIL.test(url) ? `mailto:${url}` : `https://${url}`;
  if (accepted(guess) && (guess.startsWith('mailto:') || /^[^/?#]*[.:]/.test(url) || url.startsWith('localhost'))) {
    return { ok: true, url: guess };
  }
  return { ok: false, message: `“${url}” doesn't look like a web or email address. ${ONLY_WEB_AND_MAIL}` };
}

/** The address to keep for a link already in a document, or null when it must not stay a link. */
export function safeLinkUrl(url: string): string | null {
  const check = checkLinkUrl(url);
  return check.ok ? check.url : null;
}
