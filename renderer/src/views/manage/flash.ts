/**
 * A message carried across one change of view ("Saved “Conflict log”." shown in the list the editor returns
 * to). The view takes it once its data has loaded, outside rendering, so a second render can't lose it.
 */
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
