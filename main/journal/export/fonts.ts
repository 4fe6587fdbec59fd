import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Haven's own typefaces for the PDF, as `@font-face` rules with the fonts inline: the reading serif for the
 * writing and the humanist sans for dates, questions and labels, the same files the window uses. Each
 * @fontsource stylesheet already splits its font by script with a unicode-range, so Chromium embeds only what
 * the pages use; Hebrew, Arabic, CJK and emoji fall back to the system's fonts.
 */

const STYLESHEETS = [
  '@fontsource-variable/literata/wght.css',
  '@fontsource-variable/literata/wght-italic.css',
  '@fontsource-variable/source-sans-3/wght.css',
  '@fontsource-variable/source-sans-3/wght-italic.css',
];

let cached: string | null = null;

export function bookFontFaces(): string {
  if (cached !== null) return cached;
  const require = createRequire(__filename);
  cached = STYLESHEETS.map((name) => {
    const path = require.resolve(name);
    return readFileSync(path, 'utf8').replace(/url\(\.\/files\/([\w.-]+\.woff2)\)/g, (_url, file: string) => {
      const bytes = readFileSync(join(dirname(path), 'files', file));
      return `url(data:font/woff2;base64,${bytes.toString('base64')})`;
    });
  }).join('\n');
  return cached;
}
