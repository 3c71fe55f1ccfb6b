/** Stage 4 of the pipeline: raw article + analysis → the document stored in Meilisearch. */
import { unitKey } from '../../src/search/quantities';
import { exactForm } from '../../src/text/exact-form';
import type { AnalyzedArticle, IndexedDocument, NumberMention, RawArticle } from '../../src/types';
import { expansionAliases } from './aliases';

/** Unique exact-form keys of the words of a text: a vocabulary, so the index does not pay for the running text twice. */
export function exactVocabulary(...texts: string[]): string {
  const keys = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const key of exactForm(text).split(' ')) if (key) keys.add(key);
  }
  return [...keys].join(' ');
}

/** publishedAt (ISO) → unix seconds (date-only values at 00:00 UTC) and year; nulls when unknown. */
export function dateFields(publishedAt: string): { publishedAt: string; timestamp: number | null; year: number | null } {
  const iso = publishedAt.trim();
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return { publishedAt: '', timestamp: null, year: null };
  const year = /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : new Date(ms).getUTCFullYear();
  return { publishedAt: iso, timestamp: Math.floor(ms / 1000), year };
}

/**
 * Number mentions keyed by unit for range filters. A range ("2015-2020") contributes both ends,
 * so a filter on either bound finds it; values are unique and sorted.
 */
export function quantitiesOf(numbers: NumberMention[]): { quantities: Record<string, number[]>; numberValues: number[] } {
  const byUnit = new Map<string, Set<number>>();
  const all = new Set<number>();
  for (const n of numbers) {
    const key = unitKey(n.unit);
    const values = byUnit.get(key) ?? new Set<number>();
    for (const v of n.to === undefined ? [n.value] : [n.value, n.to]) {
      if (!Number.isFinite(v)) continue;
      values.add(v);
      all.add(v);
    }
    byUnit.set(key, values);
  }
  const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  const quantities: Record<string, number[]> = {};
  for (const [key, values] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : 1))) if (values.size) quantities[key] = sorted(values);
  return { quantities, numberValues: sorted(all) };
}

/** Builds the stored document; `id` and `hash` come from ./identity (computed before analysis). */
export function buildDocument(raw: RawArticle, analyzed: AnalyzedArticle, identity: { id: string; hash: string; origin: string }): IndexedDocument {
  const { quantities, numberValues } = quantitiesOf(analyzed.numbers);
  return {
    id: identity.id,
    title: analyzed.title,
    lead: analyzed.lead,
    body: analyzed.body,
    url: analyzed.url || raw.url || '',
    source: analyzed.source,
    author: analyzed.author,
    category: analyzed.category,
    ...dateFields(analyzed.publishedAt),
    people: analyzed.people.map((p) => p.name),
    roles: analyzed.people.flatMap((p) => p.roles.map((role) => `${p.name}: ${role}`)),
    organizations: analyzed.organizations,
    places: analyzed.places,
    movements: analyzed.movements,
    documents: analyzed.documents,
    numbers: analyzed.numbers,
    quantities,
    numberValues,
    exact: exactVocabulary(analyzed.title, analyzed.lead, analyzed.body),
    aliases: expansionAliases(`${analyzed.title}\n${analyzed.lead}\n${analyzed.body}`),
    hash: identity.hash,
    origin: identity.origin,
  };
}
