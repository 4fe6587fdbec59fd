import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on what it renders; editor.css styles them. */
export const theme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    checklist: 'ed-checklist',
    listitem: 'ed-li',
    listitemChecked: 'ed-li-checked',
    listitemUnchecked: 'ed-li-unchecked',
    nested: { listitem: 'ed-li-nested' },
  },
  link: 'ed-link',
  table: 'ed-table',
  tableScrollableWrapper: 'ed-table-scroll',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  code: 'ed-code',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    highlight: 'ed-highlight',
  },
};
