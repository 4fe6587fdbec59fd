import { createHash } from 'node:crypto';
import type { Derived } from './derive';

/**
 * Filters as words in the full-text index. Each live entry's `facets` column holds one made-up word for its
 * template, one for each of its tags and one for its intensity; the FTS5 index (migration 1010) indexes that
 * column beside the title and text. A filter is then part of the MATCH expression, so FTS5 intersects it with
 * the words typed while walking its lists in date order, and stops after `limit` results — fast whether a
 * filter keeps most entries or almost none. Reading each candidate's row to test a filter instead costs a
 * page read per candidate (about 10 µs here), which at 100k entries ran to a second for a rare filter.
 *
 * The words are letters and digits only, so the tokenizer keeps each one whole, and they are only ever
 * matched inside the `facets` column, so no typed word can hit them.
 */

/** Lowercased the way JavaScript does it (all of Unicode), which SQLite's lower() can't. */
export const foldTagName = (name: string): string => name.normalize('NFC').toLowerCase();

/** A template id (ASCII, at most 64 characters) in hex; migration 1010 computes the same with SQL's hex(). */
export const templateFacet = (template: string): string => `xt${Buffer.from(template, 'utf8').toString('hex')}`;

/** Tag names can be long and in any script; a hash keeps the word short. 96 bits: no collision in practice. */
export const tagFacet = (name: string): string =>
  `xg${createHash('sha256').update(foldTagName(name)).digest('hex').slice(0, 24)}`;

export const intensityFacet = (value: number): string => `xi${value}`;

export function facetsOf(template: string, derived: Pick<Derived, 'tags' | 'intensity'>): string {
  const words = [templateFacet(template)];
  for (const tag of new Set(derived.tags.map((item) => tagFacet(item.name)))) words.push(tag);
  if (derived.intensity !== null) words.push(intensityFacet(derived.intensity));
  return words.join(' ');
}

export interface FacetFilter {
  template?: string | undefined;
  /** A tag's name in any kind (trigger, emotion, need, tag), in any case. */
  tag?: string | undefined;
  /** Entries whose strongest recorded intensity is at least this. */
  minIntensity?: number | undefined;
}

/** The FTS5 expression for a filter, or null when it filters nothing. */
export function facetMatch(filter: FacetFilter): string | null {
  const terms: string[] = [];
  if (filter.template !== undefined) terms.push(`"${templateFacet(filter.template)}"`);
  if (filter.tag !== undefined) terms.push(`"${tagFacet(filter.tag)}"`);
  if (filter.minIntensity !== undefined) {
    const from = Math.max(0, Math.ceil(filter.minIntensity));
    const values = Array.from({ length: Math.max(0, 11 - from) }, (_, i) => `"${intensityFacet(from + i)}"`);
    // Nothing is stronger than 10: a filter above it matches no facet word at all.
    terms.push(values.length ? `(${values.join(' OR ')})` : `"${intensityFacet(11)}"`);
  }
  return terms.length ? `{facets} : (${terms.join(' AND ')})` : null;
}
