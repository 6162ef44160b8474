/** zod schemas for the rows of the reference CSVs in data/reference (raw strings in, typed values out). */
import { z } from 'zod';
import { SERVICE_GROUP_KEYS, SYMBOLS, THEMES } from '../lib/codes.ts';

const int = z.string().regex(/^-?\d+$/, 'an integer').transform(Number);
const count = z.string().regex(/^\d+$/, 'a non-negative integer').transform(Number);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a number with . as decimal mark').transform(Number);
const text = z.string().min(1, 'a non-empty text');
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema]);
const kommunenummer = z.string().regex(/^\d{4}$/, 'a four-digit municipality code such as 0301');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const url = z.url('a URL');
const konklusjon = z
  .enum(['I alt', 'Henlagt', 'Til undersøking'])
  .transform((k) => ({ 'I alt': 'alle', Henlagt: 'henlagt', 'Til undersøking': 'undersokt' })[k] as 'alle' | 'henlagt' | 'undersokt');

export const kommuneCsv = z.object({
  kommunenummer,
  name: text,
  name_official: text,
  fylkesnummer: z.string().regex(/^\d{2}$/, 'a two-digit county code such as 03'),
  fylkesnavn: text,
  fylkesnavn_official: text,
  population: count,
  area_km2: decimal,
  malform: z.enum(['Bokmål', 'Nynorsk', 'Nøytral']),
  label_lon: decimal,
  label_lat: decimal,
});

export const codeChangeCsv = z.object({
  from_kommunenummer: kommunenummer,
  valid_to_year: int,
  to_kommunenummer: kommunenummer,
  valid_from_year: int,
  change: z.enum(['uendret', 'nytt_nummer', 'sammenslaaing', 'deling']),
});

export const melderCodeCsv = z.object({
  code: int,
  label: text,
  valid_from: isoDate,
  valid_to: optional(isoDate),
  service_group: z.enum(SERVICE_GROUP_KEYS as [string, ...string[]]),
  note: z.string(),
});

export const nationalTotalCsv = z.object({
  year: int,
  konklusjon,
  measure: z.literal('meldinger'),
  value: count,
  source: text,
});

export const ageOutcomeCsv = z.object({
  year: int,
  dimension: z.enum(['alder', 'kjonn']),
  category: text,
  konklusjon,
  value: optional(count),
  status: optional(z.enum(SYMBOLS)),
  source: text,
});

export const reporterTotalCsv = z.object({
  year: int,
  melder: text,
  bvr_kode: optional(int),
  measure: z.literal('meldinger'),
  value: count,
  source: text,
});

export const serviceAgeSeedCsv = z.object({
  year: int,
  melder: text,
  aldersgruppe: z.enum(['I alt', '0-2', '3-5', '6-12', '13-17', '18+ og uoppgitt']),
  measure: z.literal('nye_barn_med_tiltak'),
  value: count,
  source: text,
});

export const closedInvestigationCsv = z.object({
  year: int,
  melder: text,
  konklusjon: z.enum(['I alt', 'Vedtak etter BVL', 'Lagt bort/råd/rettleiing', 'Uoppgitt']),
  measure: z.literal('undersokingssaker_avslutta'),
  value: count,
  source: text,
});

export const factCsv = z.object({
  year: int,
  fact: text,
  value: decimal,
  unit: text,
  source_url: url,
  note: z.string(),
});

export const sourceCsv = z.object({
  source: text,
  publisher: text,
  title: text,
  url,
  cited_as: text,
  note: z.string(),
});

export const tilsynSummaryCsv = z.object({
  measure: z.enum(['kommuner_undersokt', 'kommuner_med_lovbrudd_avvik', 'kommuner_kun_forbedringsomrader_merknad', 'kommuner_uten_funn']),
  value: count,
  unit: z.literal('kommuner'),
  source_url: url,
  note: z.string(),
});

export const tilsynReportCsv = z.object({
  kommune_2008: text,
  kommunenummer_2008: kommunenummer,
  kommunenummer_2024: kommunenummer,
  fylke_2008: text,
  tilsynsmyndighet: text,
  periode: z.string().regex(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/, 'a period as YYYY-MM-DD/YYYY-MM-DD'),
  rapportdato: optional(isoDate),
  antall_avvik: optional(count),
  antall_merknader: optional(count),
  funn_stikkord: z.string(),
  oppfolging_status: z.string(),
  url,
});

export const tilsynFindingCsv = z.object({
  kommunenummer_2008: kommunenummer,
  type: z.enum(['avvik', 'merknad']),
  statement: text,
  theme: z.enum(THEMES),
});
