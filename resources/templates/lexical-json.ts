/**
 * Small builders for serialized Lexical documents, so built-in content can be written as data. The shapes match
 * what Lexical 0.52's own `toJSON` writes for these nodes.
 */
export interface SerializedNode {
  type: string;
  version: number;
  [key: string]: unknown;
}

/** Lexical's text format bits, as `TextNode.toJSON` writes them in `format`. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, highlight: 128 } as const;

export const element = (
  type: string,
  children: SerializedNode[],
  extra: Record<string, unknown> = {},
): SerializedNode => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
});

export const text = (value: string, format = 0): SerializedNode => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
});

export const linebreak = (): SerializedNode => ({ type: 'linebreak', version: 1 });

/** Adds text to a run of inline nodes; next to text of the same format it joins it, as the editor keeps it. */
export function pushText(out: SerializedNode[], value: string, format: number): void {
  if (!value) return;
  const last = out.at(-1);
  if (last && last.type === 'text' && last.format === format) last.text = `${String(last.text)}${value}`;
  else out.push(text(value, format));
}

export const paragraph = (...children: SerializedNode[]) =>
  element('paragraph', children, { textFormat: 0, textStyle: '' });

export const heading = (tag: 'h1' | 'h2' | 'h3', value: string) => element('heading', [text(value)], { tag });

export const quote = (value: string) => element('quote', [text(value)]);

export function document(...children: SerializedNode[]): string {
  return JSON.stringify({ root: element('root', children) });
}

/** Plain text as a document: a paragraph per line. What exports write for an entry the editor can't open. */
export function plainTextDocument(value: string): string {
  const lines = value.split('\n');
  return document(...lines.map((line) => (line ? paragraph(text(line)) : paragraph())));
}
