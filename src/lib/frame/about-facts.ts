import { readFileSync } from 'node:fs';
import { PERIODS, SERVICE_GROUPS } from '../codes.ts';
import { fill, formatNumber, type Lang } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/nb.ts';
import { PEER_GROUPS } from '../peer-groups.ts';
import type { Manifest } from '../schemas/published.ts';

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** One SSB reporting code as listed in data/reference/melder_codes.csv. */
export interface MelderCode { code: number; label: string; validFrom: number; validTo: number | null }

/** The reporting codes of SSB's code list, parsed from the CSV text (quoted fields allowed). */
export function melderCodes(csv: string): MelderCode[] {
  const field = /("(?:[^"]|"")*"|[^,]*)(?:,|$)/g;
  return csv.trim().split(/\r?\n/).slice(1).map((line) => {
    const cells = [...line.matchAll(field)].map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
    const [code, label, from, to] = cells;
    return { code: Number(code), label: label ?? '', validFrom: Number(from?.slice(0, 4)), validTo: to ? Number(to.slice(0, 4)) : null };
  });
}

/** Everything the page about the data computes from code lists, the units table, the manifest and the generator settings. */
export interface AboutFacts {
  services: { group: string; codes: string[] }[];
  peers: { key: string; range: string; count: number }[];
  periods: string;
  childShare: string;
  generated: string;
  years: string;
  projected: string;
}

interface Input { lang: Lang; t: Dictionary; manifest: Manifest; peerGroupOf: Map<string, number>; dataDir?: string }

/** The facts of the page about the data in one language. */
export function aboutFacts({ lang, t, manifest, peerGroupOf, dataDir = 'data' }: Input): AboutFacts {
  const codes = new Map(melderCodes(readFileSync(`${dataDir}/reference/melder_codes.csv`, 'utf8')).map((c) => [c.code, c]));
  const settings = JSON.parse(readFileSync(`${dataDir}/synthetic/settings.json`, 'utf8')) as { children?: { child_share?: number } };
  const list = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' });
  const n = (x: number) => formatNumber(x, lang);
  const codeText = (code: number) => {
    const c = codes.get(code);
    if (!c) return String(code);
    const when = c.validTo ? fill(t['about.services.until'], { year: c.validTo }) : c.validFrom > 2013 ? fill(t['about.services.since'], { year: c.validFrom }) : '';
    return `${code} ${c.label}${when ? ` (${when})` : ''}`;
  };
  const dash = (p: string) => p.replace('-', '–');
  const years = manifest.years;
  return {
    services: SERVICE_GROUPS.map((g) => ({ group: t[`service.${g.key}`], codes: g.codes.map(codeText) })),
    peers: PEER_GROUPS.map((g, i) => {
      const next = PEER_GROUPS[i + 1];
      return { key: g.key, range: next ? `${n(g.min)}–${n(next.min - 1)}` : fill(t['about.peers.from'], { min: n(g.min) }), count: peerGroupOf.get(g.key) ?? 0 };
    }),
    periods: list.format(PERIODS.map((p) => dash(p.key))),
    childShare: formatNumber(settings.children?.child_share ?? 0.205, lang, 3),
    generated: new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(manifest.generated_at)),
    years: years.length > 0 ? `${Math.min(...years)}–${Math.max(...years)}` : '',
    projected: list.format(manifest.projected_years.map(String)),
  };
}
