import type { Theme } from '../codes.ts';

/** The indicator ids of the municipality page (anchors `#indikator-<id>`), fixed by the indicators module. */
export const INDICATOR_IDS = ['level', 'service-share', 'late-reporting', 'early-reporting', 'adult-services-share', 'dropped-share', 'trend'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Which indicators speak to each audit theme. The reason, in words, is the message `findings.link.<theme>` (nb, nn, en);
 * what to look at is `findings.look.<theme>`. Themes about follow-up after a report (individual plan, aftercare) have no
 * indicator: reports of concern do not measure them, and the pages say so rather than pointing at a loose proxy.
 */
export const THEME_INDICATORS: Record<Theme, readonly IndicatorId[]> = {
  // Services that do not know child welfare, or are unsure when the duty to report overrides confidentiality,
  // report little and late: a small share from the service, teenagers rather than young children.
  'kjennskap-tjenester': ['service-share', 'late-reporting', 'early-reporting'],
  'taushetsplikt-meldeplikt': ['service-share', 'late-reporting', 'early-reporting'],
  // Forums and their evaluation should show in the level and in a change over time after they start.
  'samarbeidsfora': ['level', 'trend'],
  'evaluering-samarbeid': ['level', 'trend'],
  // The audit found adult services (NAV, adult mental health, substance services) rarely catch the children of their clients.
  'voksentjenester-fanger-opp': ['adult-services-share'],
  // GPs and hospitals are in the health group: its share, and whether its reports concern teenagers rather than young children.
  'fastlege-deltakelse': ['service-share', 'late-reporting'],
  // Measure plans follow an investigation; the dropped share says how many reports lead on to one.
  'tiltaksplan': ['dropped-share'],
  'individuell-plan': [],
  'ettervern': [],
};

/** The themes an indicator speaks to (the mapping read the other way), in theme order. */
export function themesOfIndicator(id: IndicatorId): Theme[] {
  return (Object.keys(THEME_INDICATORS) as Theme[]).filter((t) => THEME_INDICATORS[t].includes(id));
}
