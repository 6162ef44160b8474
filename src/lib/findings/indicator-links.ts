import type { Theme } from '../codes.ts';
import type { Dictionary } from '../i18n/nb.ts';
import { THEME_INDICATORS, type IndicatorId } from './theme-indicators.ts';

export interface IndicatorLink { id: IndicatorId; href: string; label: string; judgement: string | null }

/** The links from a theme to its indicators on the municipality page, named as their sections are, each with the municipality's judgement when given. */
export function indicatorLinks(theme: Theme, t: Dictionary, judgements: Record<string, string> = {}): IndicatorLink[] {
  return THEME_INDICATORS[theme].map((id) => ({ id, href: `#indikator-${id}`, label: t[`ind.${id}.name`], judgement: judgements[id]?.trim() || null }));
}
