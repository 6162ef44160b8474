import type { Indicator, IndicatorId } from './indicator.ts';
import type { IndicatorFormat } from './indicator-text.ts';

/**
 * The rows that speak for each indicator in a short sentence, and whether to name them: the two groups of early and
 * late reporting each by name, the overall dropped share as "all reports" (the links name the indicator per group).
 */
const ROWS: Partial<Record<IndicatorId, { groups: (string | undefined)[]; named: boolean }>> = {
  level: { groups: [undefined], named: false },
  trend: { groups: [undefined], named: false },
  'adult-services-share': { groups: ['voksentjenester'], named: false },
  'late-reporting': { groups: ['skole', 'helse'], named: true },
  'early-reporting': { groups: ['barnehage', 'helsestasjon'], named: true },
  'dropped-share': { groups: [undefined], named: true },
};

/**
 * Short sentences per indicator for links to it (the findings beside each audit theme): the judgement against the
 * country ("Lower than the country."), or the trend's direction; nothing where there is no judgement against the
 * country, and none for "who reports" (one share per group, no one voice).
 */
export function indicatorJudgements({ t }: IndicatorFormat, indicators: Indicator[]): Partial<Record<IndicatorId, string>> {
  const out: Partial<Record<IndicatorId, string>> = {};
  for (const [id, { groups, named }] of Object.entries(ROWS) as [IndicatorId, { groups: (string | undefined)[]; named: boolean }][]) {
    const parts = groups.flatMap((group) => {
      const i = indicators.find((x) => x.id === id && x.group === group);
      const land = i?.comparisons.find((c) => c.target === 'land');
      const text = !i ? null : id === 'trend' ? t[`ind.short.trend.${i.trend ?? 'too-few'}`]
        : land && land.judgement !== 'unavailable' ? t[`ind.short.${land.judgement}`] : null;
      if (text === null) return [];
      if (!named) return [text];
      const name = group ? t[`service.${group}` as keyof typeof t] : t['ind.all'];
      return [`${name}: ${text[0]!.toLowerCase()}${text.slice(1)}`];
    });
    if (parts.length) out[id] = parts.join(' ');
  }
  return out;
}
