interface Node {
  type?: string;
  text?: string;
  label?: string;
  children?: Node[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'haven-section']);

/**
 * The words of a card's document, one block per line: what the coach reads and conversation mode shows. Section
 * headings count as their label, so a card reads the way it looks.
 */
export function docBlocks(doc: string): string[] {
  let root: Node;
  try {
    root = (JSON.parse(doc) as { root: Node }).root;
  } catch {
    return [];
  }
  const blocks: string[] = [];
  const inline = (node: Node): string =>
    node.type === 'text'
      ? (node.text ?? '')
      : node.type === 'linebreak'
        ? '\n'
        : (node.children ?? []).map(inline).join('');
  const walk = (node: Node) => {
    if (node.type === 'haven-section') blocks.push(node.label ?? '');
    else if (BLOCKS.has(node.type ?? '')) blocks.push(inline(node));
    else node.children?.forEach(walk);
  };
  walk(root);
  return blocks;
}

export const docText = (doc: string) => docBlocks(doc).join('\n');
