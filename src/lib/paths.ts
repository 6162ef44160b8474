import type { Lang } from './i18n/format.ts';

/** Routes are the same in every language; bokmål has no prefix, nynorsk and English live under /nn/ and /en/. */
export type Route = '' | `${string}/`;

/** The site path of a route in a language, e.g. localPath('nn', 'kommune/0301/') → '/nn/kommune/0301/'. */
export function localPath(lang: Lang, route: Route): string {
  return lang === 'nb' ? `/${route}` : `/${lang}/${route}`;
}

/** The same route in every language, for the language picker and hreflang links. */
export function alternates(route: Route): Record<Lang, string> {
  return { nb: localPath('nb', route), nn: localPath('nn', route), en: localPath('en', route) };
}

/** Where a chart's CSV lives for a unit and language. */
export function downloadPath(lang: Lang, unit: string, chartId: string): string {
  return `/nedlasting/${lang}/${unit}/${chartId}.csv`;
}
