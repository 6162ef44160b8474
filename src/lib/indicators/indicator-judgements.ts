import type { Indicator, IndicatorId } from './indicator.ts';
import type { IndicatorFormat } from './indicator-text.ts';

/** For indicators with service groups, the group whose row speaks for the whole indicator in one short sentence. */
const SPEAKS_FOR: Partial<Record<IndicatorId, string | undefined>> = {
  level: undefined, trend: undefined, 'adult-services-share': 'voksentjenester', 'late-reporting': 'skole', 'early-reporting': 'barnehage', 'dropped-share': undefined,
};

/**
 * One short sentence per indicator for links to it (the findings beside each audit theme): the judgement against the
 * country ("Lower than the country."), the trend's direction, or "too few to say". Only what the judgement says; an
 * indicator without one sentence that can speak for it (who reports, one share per group) gets none.
 */
export function indicatorJudgements({ t }: IndicatorFormat, indicators: Indicator[]): Partial<Record<IndicatorId, string>> {
  const out: Partial<Record<IndicatorId, string>> = {};
  for (const [id, group] of Object.entries(SPEAKS_FOR) as [IndicatorId, string | undefined][]) {
    const i = indicators.find((x) => x.id === id && x.group === group);
    if (!i) continue;
    if (id === 'trend') { out[id] = t[`ind.short.trend.${i.trend ?? 'too-few'}`]; continue; }
    const land = i.comparisons.find((c) => c.target === 'land');
    if (land && land.judgement !== 'unavailable') out[id] = t[`ind.short.${land.judgement}`];
  }
  return out;
}
