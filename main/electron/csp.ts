/**
 * The renderer's Content-Security-Policy: only the app's own files, no inline script, no eval, no remote
 * origin of any kind. Injected into index.html at build time and sent as a header by the main process.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The page as built: the policy as a meta tag right after the charset, so it holds before any header is read. */
export function withContentSecurityPolicy(html: string): string {
  const charset = '<meta charset="UTF-8" />';
  if (!html.includes(charset)) throw new Error('renderer/index.html must declare <meta charset="UTF-8" />');
  return html.replace(
    charset,
    `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
  );
}
