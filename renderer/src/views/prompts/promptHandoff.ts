/**
 * A prompt chosen in the library to write about, carried to Today, where tonight's check-in takes it in once
 * its editor is there. Held here rather than in the address, so going back to Today later doesn't add it twice.
 */
export interface HandedPrompt {
  id: string | null;
  text: string;
}

let pending: HandedPrompt | null = null;

export function handPrompt(prompt: HandedPrompt): void {
  pending = prompt;
}

/** The prompt waiting for tonight's check-in, left in place: a view mounted twice must not lose it. */
export function peekHandedPrompt(): HandedPrompt | null {
  return pending;
}

export function takeHandedPrompt(): HandedPrompt | null {
  const prompt = pending;
  pending = null;
  return prompt;
}
