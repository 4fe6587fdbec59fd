/**
 * Keeps the browser's own form memory away from what a person types. Chromium remembers values typed into text
 * fields (its autofill "Web Data" file, in the profile folder, unencrypted), so a search for a private word
 * would be kept outside the journal. Every field that hasn't said otherwise (the passphrase fields name their
 * own purpose) is marked `autocomplete="off"` the moment it takes focus, whichever view or dialog it is in.
 */
export function keepFieldsOutOfAutofill(root: Document = document): () => void {
  const mark = (event: FocusEvent) => {
    const field = event.target;
    if (
      (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) &&
      !field.hasAttribute('autocomplete')
    ) {
      field.setAttribute('autocomplete', 'off');
    }
  };
  root.addEventListener('focusin', mark, true);
  return () => root.removeEventListener('focusin', mark, true);
}
