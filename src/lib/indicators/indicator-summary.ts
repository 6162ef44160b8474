import { fill } from '../i18n/format.ts';
import type { ComparisonTarget, Indicator, IndicatorId } from './indicator.ts';
import { groupText, judgementsText, timeText, valueText, type IndicatorFormat } from './indicator-text.ts';
import type { TrendJudgement } from '../stats/rate-ratio.ts';

/** One sentence of the summary, with what it claims: the judgements it states and, for the trend, the direction. */
export interface SummarySentence {
  id?: IndicatorId;
  group?: string;
  text: string;
  claims: { target: ComparisonTarget; judgement: string }[];
  trend?: TrendJudgement;
}

/** Indicators that may get a sentence of their own when they differ clearly, most telling first (adult services are not repeated as a service share). */
const PRIORITY: { id: IndicatorId; grouped: boolean }[] = [
  { id: 'adult-services-share', grouped: true }, { id: 'late-reporting', grouped: true }, { id: 'early-reporting', grouped: true },
  { id: 'dropped-share', grouped: false }, { id: 'service-share', grouped: true }, { id: 'dropped-share', grouped: true },
];
const MAX_DIFFERENCES = 4;

function levelSentences(f: IndicatorFormat, name: string, level: Indicator): SummarySentence[] {
  const time = timeText(level);
  if (level.value === null || level.lo === null || level.hi === null) return [{ id: 'level', text: fill(f.t['ind.sum.levelHidden'], { name, time }), claims: [] }];
  const first = { id: 'level' as const, claims: [], text: fill(f.t['ind.sum.level'], { name, time, rate: f.num(level.value, 1), lo: f.num(level.lo, 1), hi: f.num(level.hi, 1) }) };
  const { text, claims } = judgementsText(f, level.comparisons);
  return text ? [first, { id: 'level', text: fill(f.t['ind.sum.levelCompared'], { judgements: text }), claims }] : [first];
}

function trendSentence(f: IndicatorFormat, trend: Indicator): SummarySentence {
  const at = { base: (trend.basePeriod ?? '').replace('-', '–'), period: timeText(trend) };
  const j = trend.trend ?? 'too-few';
  if (trend.status === ':') return { id: 'trend', text: fill(f.t['ind.sum.trendHidden'], at), claims: [], trend: 'too-few' };
  // from no reports at all the ratio has no size to give, but the rise itself can be clear
  if (j === 'rising' && trend.denominator === 0 && trend.numerator !== null) {
    return { id: 'trend', trend: j, claims: [], text: fill(f.t['ind.sum.risingFromNone'], { ...at, count: f.num(trend.numerator) }) };
  }
  if (j === 'too-few' || ((j === 'rising' || j === 'falling') && (trend.value === null || trend.lo === null || trend.hi === null))) {
    return { id: 'trend', text: fill(f.t['ind.sum.trendTooFew'], at), claims: [], trend: 'too-few' };
  }
  if (j === 'no-clear-change') return { id: 'trend', text: fill(f.t['ind.sum.no-clear-change'], at), claims: [], trend: j };
  const [v, lo, hi] = [trend.value!, trend.lo!, trend.hi!];
  const change = j === 'rising' ? { change: v - 1, lo: lo - 1, hi: hi - 1 } : { change: 1 - v, lo: 1 - hi, hi: 1 - lo };
  return { id: 'trend', trend: j, claims: [], text: fill(f.t[`ind.sum.${j}`], { ...at, change: f.pct(change.change), lo: f.pct(change.lo), hi: f.pct(change.hi) }) };
}

function differenceSentence(f: IndicatorFormat, i: Indicator): SummarySentence | null {
  const { text, claims } = judgementsText(f, i.comparisons, ['higher', 'lower']);
  if (!text || i.value === null) return null;
  const subjectKey = i.id === 'dropped-share' && i.group ? 'ind.dropped-share.subjectGroup' : (`ind.${i.id}.subject` as const);
  const subject = fill(f.t[subjectKey as keyof typeof f.t], { group: i.group ? groupText(f.t, i.group) : '' });
  return { id: i.id, group: i.group, claims, text: fill(f.t['ind.sum.diff'], { subject, value: valueText(f, i.measure, i.value), time: timeText(i), judgements: text }) };
}

/**
 * A plain-language summary of a unit's indicators, made by rules: the level and how it compares, the trend, then up to
 * four indicators that differ clearly from a comparison. It states only what the judgements say: a difference only
 * where the comparison lies outside the interval, a change only where the trend's interval excludes none.
 */
export function indicatorSummary(f: IndicatorFormat, name: string, indicators: Indicator[]): SummarySentence[] {
  const level = indicators.find((i) => i.id === 'level'), trend = indicators.find((i) => i.id === 'trend');
  const out: SummarySentence[] = [...(level ? levelSentences(f, name, level) : []), ...(trend ? [trendSentence(f, trend)] : [])];
  const candidates = PRIORITY.flatMap((p) => indicators.filter((i) => i.id === p.id && (i.group !== undefined) === p.grouped
    && !(i.id === 'service-share' && i.group === 'voksentjenester')));
  const differences = candidates.map((i) => differenceSentence(f, i)).filter((s): s is SummarySentence => s !== null);
  out.push(...differences.slice(0, MAX_DIFFERENCES));
  const compared = indicators.some((i) => i.comparisons.length > 0);
  if (differences.length > MAX_DIFFERENCES) out.push({ text: f.t['ind.sum.more'], claims: [] });
  else if (differences.length === 0 && compared) out.push({ text: f.t['ind.sum.none'], claims: [] });
  return out;
}
