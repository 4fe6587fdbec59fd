import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

type Params = Pick<ContextMenuParams, 'isEditable' | 'misspelledWord' | 'dictionarySuggestions' | 'selectionText'>;

/**
 * The right-click menu a writer expects: spelling suggestions for the word under the pointer, then cut, copy,
 * paste and select all. There is deliberately no "Add to dictionary": Chromium keeps added words in a plain
 * "Custom Dictionary.txt" in its profile folder, outside the encrypted journal, and a person's added words
 * (names, places, private shorthand) are exactly what Haven keeps off the disk.
 */
export function contextMenuTemplate(
  params: Params,
  replaceMisspelling: (word: string) => void,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const word of suggestions) items.push({ label: word, click: () => replaceMisspelling(word) });
    items.push({ type: 'separator' });
  }
  const hasSelection = params.selectionText.length > 0;
  if (params.isEditable) items.push({ role: 'cut', enabled: hasSelection });
  if (params.isEditable || hasSelection) items.push({ role: 'copy', enabled: hasSelection });
  if (params.isEditable) items.push({ role: 'paste' }, { type: 'separator' }, { role: 'selectAll' });
  return items;
}
