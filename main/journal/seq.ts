import { HavenError } from '../errors';

/**
 * An entry's `seq` (its rowid, and the full-text index's rowid) orders entries by date, then by when they were
 * written: `YYYYMMDD * 2^20 + n`, n counting from 1 (writer.ts places each entry). Search walks FTS5 matches in rowid order, so
 * this makes "newest first" FTS5's own order and a date range a rowid range. Up to 2^20 - 1 entries fit on one
 * date, and the largest seq (9999-12-31) stays well inside JavaScript's safe integers.
 */
export const SEQ_PER_DAY = 2 ** 20;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new HavenError('invalid-input', 'Give the entry a date like 2026-11-25.');
  return Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]);
}

/** The first and the last seq a date can hold. */
export function seqBounds(date: string): { first: number; last: number } {
  const base = dayNumber(date) * SEQ_PER_DAY;
  return { first: base + 1, last: base + SEQ_PER_DAY - 1 };
}

/** The seq range covering every entry dated from `from` to `to`, both included; either end may be open. */
export function seqRange(from: string | undefined, to: string | undefined): { low: number; high: number } {
  return {
    low: from === undefined ? Number.MIN_SAFE_INTEGER : seqBounds(from).first,
    high: to === undefined ? Number.MAX_SAFE_INTEGER : seqBounds(to).last,
  };
}
