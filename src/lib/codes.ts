/** Code lists shared by the pipeline, the queries and the pages. Values entering SQL must be members of these lists. */

export const AGE_GROUPS = ['0-2', '3-5', '6-12', '13-17', '18-22', 'uoppgitt'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** `henlagt`: dropped after review; `undersokt`: taken on to investigation. */
export const OUTCOMES = ['henlagt', 'undersokt'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Service groups used on the pages, each a set of SSB reporting codes (melder, code list in data/reference/melder_codes.csv). */
export const SERVICE_GROUPS = [
  { key: 'barnehage', codes: [9] },
  { key: 'helsestasjon', codes: [10] },
  { key: 'skole', codes: [11, 12] },
  { key: 'helse', codes: [15, 24, 25] },
  { key: 'psykisk-helse-barn', codes: [13] },
  { key: 'voksentjenester', codes: [6, 14, 17] },
  { key: 'politi', codes: [8] },
  { key: 'barnevern', codes: [5, 7] },
  { key: 'familie', codes: [1, 2, 3] },
  { key: 'private-anonyme', codes: [4, 23] },
  { key: 'andre-offentlige', codes: [16, 18, 19, 20, 21, 22] },
] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number]['key'];
export const SERVICE_GROUP_KEYS = SERVICE_GROUPS.map((g) => g.key) as ServiceGroup[];

/** All valid SSB reporting codes (1–25). Code 15 is valid to 2024; 24 and 25 replace it from 2025. */
export const MELDER_CODES = SERVICE_GROUPS.flatMap((g) => g.codes as readonly number[]).sort((a, b) => a - b);

const groupOfCode = new Map<number, ServiceGroup>(SERVICE_GROUPS.flatMap((g) => g.codes.map((c) => [c, g.key] as const)));
/** The service group a reporting code belongs to. */
export function serviceGroupOf(code: number): ServiceGroup {
  const g = groupOfCode.get(code);
  if (!g) throw new Error(`unknown reporting code ${code}`);
  return g;
}

export const LEVELS = ['kommune', 'fylke', 'land', 'gruppe'] as const;
export type Level = (typeof LEVELS)[number];

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
export const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** Pooled periods: non-overlapping, anchored at the latest year, so no single year can be recovered by differencing. */
export const PERIODS = [
  { key: '2016-2018', years: [2016, 2017, 2018] },
  { key: '2019-2021', years: [2019, 2020, 2021] },
  { key: '2022-2024', years: [2022, 2023, 2024] },
] as const;
export type Period = (typeof PERIODS)[number]['key'];

/** Audit themes from the 2008 national supervision. */
export const THEMES = [
  'kjennskap-tjenester',
  'taushetsplikt-meldeplikt',
  'samarbeidsfora',
  'voksentjenester-fanger-opp',
  'fastlege-deltakelse',
  'individuell-plan',
  'tiltaksplan',
  'ettervern',
  'evaluering-samarbeid',
] as const;
export type Theme = (typeof THEMES)[number];

/** SSB standard symbols: `:` hidden for confidentiality, `..` missing, `.` not applicable. */
export const SYMBOLS = [':', '..', '.'] as const;
export type SsbSymbol = (typeof SYMBOLS)[number];

/** Primary suppression threshold: a count in 1..T-1 is never published. */
export const DEFAULT_THRESHOLD = 5;
