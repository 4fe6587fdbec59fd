import { RESPONSE_LABELS, type ResponseValue } from '../../../resources/templates/schema';

/**
 * An entry's Lexical document as Markdown, for the Markdown export: headings, paragraphs, quotes, lists
 * (nested, numbered and check), links, line breaks, bold and italic. Haven's own blocks become readable lines
 * (a picker "**Emotions:** Hurt (7), Anxious"; the Intensity "**Intensity:** 6/10"); a tag chip becomes its
 * name. What Markdown would misread in plain text is escaped.
 */

interface Node {
  type?: unknown;
  text?: unknown;
  format?: unknown;
  children?: unknown;
  tag?: unknown;
  listType?: unknown;
  checked?: unknown;
  url?: unknown;
  [key: string]: unknown;
}

const children = (node: Node): Node[] =>
  Array.isArray(node.children)
    ? (node.children as unknown[]).filter((c): c is Node => typeof c === 'object' && c !== null)
    : [];

const escape = (value: string) => value.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function inline(nodes: readonly Node[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const value = typeof node.text === 'string' ? escape(node.text) : '';
        const format = typeof node.format === 'number' ? node.format : 0;
        // Emphasis markers must hug the words; spaces at the edges stay outside them.
        const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value)!;
        let marked = core!;
        if (marked && format & 2) marked = `*${marked}*`;
        if (marked && format & 1) marked = `**${marked}**`;
        out += `${lead}${marked}${trail}`;
        break;
      }
      case 'linebreak':
        out += '\\\n';
        break;
      case 'link':
      case 'autolink':
        out += typeof node.url === 'string' ? `[${inline(children(node))}](<${node.url}>)` : inline(children(node));
        break;
      case 'haven-tag':
        out += typeof node.name === 'string' ? escape(node.name) : '';
        break;
      default:
        if (typeof node.text === 'string') out += escape(node.text);
        else out += inline(children(node));
    }
  }
  return out;
}

function list(node: Node, depth: number): string[] {
  const lines: string[] = [];
  const indent = '   '.repeat(depth);
  let number = typeof node.start === 'number' ? node.start : 1;
  for (const item of children(node)) {
    const nested = children(item).filter((child) => child.type === 'list');
    const own = children(item).filter((child) => child.type !== 'list');
    if (own.length > 0 || nested.length === 0) {
      const marker =
        node.listType === 'number'
          ? `${number++}.`
          : node.listType === 'check'
            ? `- [${item.checked ? 'x' : ' '}]`
            : '-';
      lines.push(`${indent}${marker} ${inline(own).replace(/\n/g, `\n${indent}   `)}`);
    }
    for (const sub of nested) lines.push(...list(sub, depth + 1));
  }
  return lines;
}

const label = (value: unknown, fallback: string) => (typeof value === 'string' && value ? value : fallback);

function block(node: Node): string | null {
  switch (node.type) {
    case 'paragraph':
      // A line of tag chips alone is what the front matter's tags already say (and what an import writes back).
      if (children(node).every((c) => c.type === 'haven-tag' || (c.type === 'text' && !String(c.text).trim()))) {
        return null;
      }
      return inline(children(node));
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(String(node.tag).slice(1)) || 1));
      return `${'#'.repeat(level)} ${inline(children(node))}`;
    }
    case 'quote':
      return inline(children(node))
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return list(node, 0).join('\n');
    case 'haven-section':
      return `## ${escape(label(node.label, 'Notes'))}`;
    case 'haven-prompt':
      return typeof node.text === 'string' ? `*${escape(node.text)}*` : null;
    case 'haven-intensity':
      return typeof node.value === 'number' ? `**Intensity:** ${node.value}/10` : null;
    case 'haven-response': {
      const value = RESPONSE_LABELS[node.value as ResponseValue];
      return value ? `**Response:** ${value}` : null;
    }
    case 'haven-choice':
      return typeof node.value === 'string'
        ? `**${escape(label(node.label, 'Choice'))}:** ${escape(node.value)}`
        : null;
    case 'haven-picker': {
      const items = Array.isArray(node.items) ? (node.items as { name?: unknown; intensity?: unknown }[]) : [];
      const names = items
        .filter((item) => typeof item.name === 'string')
        .map(
          (item) => `${escape(String(item.name))}${typeof item.intensity === 'number' ? ` (${item.intensity})` : ''}`,
        );
      return names.length ? `**${escape(label(node.label, 'Tags'))}:** ${names.join(', ')}` : null;
    }
    default:
      return children(node).length ? inline(children(node)) : null;
  }
}

/** Plain text as Markdown paragraphs: each line its own, and nothing in it read as Markdown. */
export const plainTextMarkdown = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((block) => block.split('\n').map(escape).join('\\\n'))
    .filter((block) => block.trim() !== '')
    .join('\n\n');

/** Markdown for a serialized Lexical editor state; '' for one that can't be read. */
export function lexicalToMarkdown(doc: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    return '';
  }
  const root = (parsed as { root?: Node } | null)?.root;
  if (!root) return '';
  return children(root)
    .map(block)
    .filter((text): text is string => text !== null && text.trim() !== '')
    .join('\n\n');
}
