import { expect, type Locator, type Page } from '@playwright/test';

/** The editor's textbox. */
export const entryBox = (page: Page): Locator => page.getByRole('textbox', { name: 'Entry' });

export const formattingToolbar = (page: Page): Locator => page.getByRole('toolbar', { name: 'Formatting' });

export const tool = (page: Page, name: string): Locator =>
  formattingToolbar(page).getByRole('button', { name, exact: true });

export const saved = (page: Page): Locator => page.getByRole('status').filter({ hasText: /^Saved$/ });

/** Puts the caret in an empty editor: tonight's page starts from the nightly template, so this clears it. */
export async function startEmpty(page: Page): Promise<Locator> {
  const box = entryBox(page);
  await box.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(box).toHaveText('');
  return box;
}

/** Pastes into the editor as the system clipboard would, with the given flavours (text/html, text/plain). */
export async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await entryBox(page).evaluate((element, flavours) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(flavours)) transfer.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

interface SerializedNode {
  type: string;
  text?: string;
  style?: string;
  format?: number | string;
  textStyle?: string;
  tag?: string;
  url?: string;
  children?: SerializedNode[];
}

/** Every node of the editor's live document, read from Lexical itself, in the JSON form Haven saves. */
export async function documentNodes(page: Page): Promise<SerializedNode[]> {
  const root = await entryBox(page).evaluate((element) => {
    const editor = (element as HTMLElement & { __lexicalEditor?: { getEditorState(): { toJSON(): unknown } } })
      .__lexicalEditor;
    return (editor?.getEditorState().toJSON() as { root: unknown } | undefined)?.root ?? null;
  });
  const nodes: SerializedNode[] = [];
  const walk = (node: SerializedNode) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  if (root) walk(root as SerializedNode);
  return nodes;
}

/**
 * Waits until Lexical has taken in a selection made with the keyboard. The browser reports selection changes
 * as a separate task, so a shortcut pressed right after Shift+Arrow can otherwise reach the editor first.
 */
export async function selectionSettled(page: Page, expected: string): Promise<void> {
  await expect(page.evaluate(() => window.getSelection()?.toString() ?? '')).resolves.toBe(expected);
  await expect
    .poll(() =>
      entryBox(page).evaluate((element) => {
        const editor = (
          element as HTMLElement & {
            __lexicalEditor?: { getEditorState(): { _selection: { isCollapsed?: () => boolean } | null } };
          }
        ).__lexicalEditor;
        const selection = editor?.getEditorState()._selection;
        return Boolean(selection && selection.isCollapsed && !selection.isCollapsed());
      }),
    )
    .toBe(true);
}
