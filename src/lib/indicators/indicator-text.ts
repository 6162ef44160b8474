import type { Dictionary } from '../i18n/nb.ts';
import type { Lang } from '../i18n/format.ts';
import type { Comparison, ComparisonTarget, Indicator } from './indicator.ts';

/** What the words about indicators need from a page: the dictionary and number formats of its language. */
export interface IndicatorFormat { t: Dictionary; lang: Lang; pct(share: number): string; num(n: number, decimals?: number): string }

/** The year, or the period with an en dash, as it reads in a sentence. */
export const timeText = (i: Pick<Indicator, 'year' | 'period'>) => (i.year !== undefined ? String(i.year) : (i.period ?? '').replace('-', '–'));

/** A service group's name inside a sentence: lower case unless it starts with an abbreviation (NAV, GP). */
export function groupText(t: Dictionary, group: string): string {
  const label = t[`service.${group}` as keyof Dictionary];
  return label.length > 1 && label[1] === label[1]!.toLowerCase() ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A value as it is shown: a rate with one decimal, a share in per cent, a trend as the change in per cent. */
export function valueText(f: IndicatorFormat, measure: Indicator['measure'], value: number): string {
  if (measure === 'per-1000') return f.num(value, 1);
  if (measure === 'share') return f.pct(value);
  const change = value - 1;
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${f.pct(Math.abs(change))}`;
}

/** "A, B og C" in the page's language. */
export function listText(f: IndicatorFormat, items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${f.t['ind.and']} ${items.at(-1)}`;
}

const ORDER = ['higher', 'lower', 'no-clear-difference', 'too-few'] as const;
type Said = (typeof ORDER)[number];

/**
 * The judgements against the comparisons in words, grouped ("higher than in the county and in the country, not clearly
 * different from …"), with the judgements it states. `only` limits it to some judgements; unavailable ones are never stated.
 */
export function judgementsText(f: IndicatorFormat, comparisons: Comparison[], only: readonly Said[] = ORDER): { text: string; claims: { target: ComparisonTarget; judgement: Said }[] } {
  const claims: { target: ComparisonTarget; judgement: Said }[] = [];
  const parts = ORDER.filter((j) => only.includes(j)).flatMap((j) => {
    const targets = comparisons.filter((c) => c.judgement === j).map((c) => c.target);
    claims.push(...targets.map((target) => ({ target, judgement: j })));
    return targets.length ? [f.t[`ind.sum.${j}`].replace('{targets}', listText(f, targets.map((x) => f.t[`ind.in.${x}`])))] : [];
  });
  // Clauses are joined with a comma before the last "and", so they read apart from the "and" inside each list of targets.
  const text = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}, ${f.t['ind.and']} ${parts.at(-1)}`;
  return { text, claims };
}
