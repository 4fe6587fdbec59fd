/** Saves that must finish before the journal locks, so locking by hand never loses the last words. */
const flushers = new Set<() => Promise<void>>();

export function registerFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
