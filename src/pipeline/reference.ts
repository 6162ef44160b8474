/** The project's reference data (data/reference): municipalities, code changes and the real national SSB figures. */
import { join } from 'node:path';
import type { AgeGroup, ServiceGroup } from '../lib/codes.ts';
import { ReferenceDataError, readReferenceFile } from './read-reference-file.ts';
import * as csv from './reference-schemas.ts';
import type { Fylke, Konklusjon, Reference, TilsynSummary } from './reference-types.ts';

export type * from './reference-types.ts';
export { ReferenceDataError } from './read-reference-file.ts';

const AGE_LABEL: Record<string, AgeGroup> = { '0-2': '0-2', '3-5': '3-5', '6-12': '6-12', '13-17': '13-17', '18-22': '18-22', Uoppgitt: 'uoppgitt' };
const SEED_AGE = { 'I alt': 'alle', '0-2': '0-2', '3-5': '3-5', '6-12': '6-12', '13-17': '13-17', '18+ og uoppgitt': '18+' } as const;
const CONCLUSION = { 'I alt': 'alle', 'Vedtak etter BVL': 'vedtak', 'Lagt bort/råd/rettleiing': 'lagt_bort', Uoppgitt: 'uoppgitt' } as const;

/** Loads and validates every reference file; throws a ReferenceDataError naming file, row and field on the first problem. */
export function loadReference(dir = 'data/reference'): Reference {
  const kommuneRows = readReferenceFile(dir, 'kommuner.csv', csv.kommuneCsv);
  const kommuner = kommuneRows.map(({ value: { fylkesnavn_official: _, ...k } }) => k).sort((a, b) => a.kommunenummer.localeCompare(b.kommunenummer));
  const fylker = fylkerOf(kommuneRows, join(dir, 'kommuner.csv'));
  const known = new Set(kommuner.map((k) => k.kommunenummer));

  const changeFile = 'kommune_endringer.csv';
  const codeChanges = readReferenceFile(dir, changeFile, csv.codeChangeCsv).map(({ row, value: c }) => {
    if (c.valid_from_year === 2024 && !known.has(c.to_kommunenummer)) {
      throw new ReferenceDataError(join(dir, changeFile), row, 'to_kommunenummer', `${c.to_kommunenummer} is not a 2024 municipality in kommuner.csv`);
    }
    return { from: c.from_kommunenummer, to: c.to_kommunenummer, valid_to_year: c.valid_to_year, valid_from_year: c.valid_from_year, change: c.change };
  });

  const totalsFile = 'ssb/meldinger_konklusjon_landet_2013_2022.csv';
  const totalRows = readReferenceFile(dir, totalsFile, csv.nationalTotalCsv);
  const nationalTotals = totalRows.map(({ value: t }) => ({ year: t.year, outcome: t.konklusjon, reports: t.value, source: t.source }));
  checkSplit(totalRows.map(({ row, value }) => ({ row, year: value.year, outcome: value.konklusjon, value: value.value })), join(dir, totalsFile));

  const ageFile = 'ssb/meldinger_alder_kjonn_konklusjon_landet_2019_2021.csv';
  const ageOutcome = readReferenceFile(dir, ageFile, csv.ageOutcomeCsv)
    .filter(({ value }) => value.dimension === 'alder')
    .map(({ row, value: a }) => {
      const age = AGE_LABEL[a.category];
      if (!age) throw new ReferenceDataError(join(dir, ageFile), row, 'category', `unknown age group "${a.category}"`);
      if ((a.value === null) === (a.status === null)) throw new ReferenceDataError(join(dir, ageFile), row, 'value', 'give either a value or an SSB symbol in status');
      return { year: a.year, age_group: age, outcome: a.konklusjon, reports: a.value, status: a.status, source: a.source };
    });

  const reporterTotals = readReferenceFile(dir, 'ssb/meldinger_melder_landet_2017_2018.csv', csv.reporterTotalCsv).map(({ value: r }) => ({
    year: r.year, label: r.melder, code: r.bvr_kode, reporters: r.value, source: r.source,
  }));
  const serviceAgeSeed = readReferenceFile(dir, 'ssb/nye_barn_tiltak_melder_alder_2009_2010.csv', csv.serviceAgeSeedCsv).map(({ value: s }) => ({
    year: s.year, label: s.melder, age: SEED_AGE[s.aldersgruppe], value: s.value, source: s.source,
  }));
  const closedInvestigations = readReferenceFile(dir, 'ssb/undersokingar_avslutta_melder_konklusjon_2010.csv', csv.closedInvestigationCsv).map(
    ({ value: c }) => ({ year: c.year, label: c.melder, conclusion: CONCLUSION[c.konklusjon], value: c.value, source: c.source }),
  );
  const melderCodes = readReferenceFile(dir, 'melder_codes.csv', csv.melderCodeCsv).map(({ value: m }) => ({ ...m, service_group: m.service_group as ServiceGroup }));
  const facts = readReferenceFile(dir, 'ssb/fakta_nasjonalt.csv', csv.factCsv).map(({ value }) => value);
  const sources = readReferenceFile(dir, 'ssb/sources.csv', csv.sourceCsv).map(({ value }) => value);
  const tilsynSummary = summaryOf(readReferenceFile(dir, 'tilsyn/tilsyn2008_oppsummering.csv', csv.tilsynSummaryCsv), join(dir, 'tilsyn/tilsyn2008_oppsummering.csv'));
  const tilsynReports = readReferenceFile(dir, 'tilsyn/tilsyn2008_kommunerapporter_utvalg.csv', csv.tilsynReportCsv).map(({ value: t }) => {
    const [period_start, period_end] = t.periode.split('/') as [string, string];
    return {
      kommunenavn_2008: t.kommune_2008, kommunenummer_2008: t.kommunenummer_2008, kommunenummer_2024: t.kommunenummer_2024, fylke_2008: t.fylke_2008,
      authority: t.tilsynsmyndighet, period_start, period_end, report_date: t.rapportdato, breaches: t.antall_avvik,
      improvement_points: t.antall_merknader, keywords: t.funn_stikkord, follow_up: t.oppfolging_status, url: t.url,
    };
  });
  const tilsynFindings = readReferenceFile(dir, 'tilsyn/tilsyn2008_funn.csv', csv.tilsynFindingCsv).map(({ row, value }) => {
    if (!tilsynReports.some((r) => r.kommunenummer_2008 === value.kommunenummer_2008)) {
      throw new ReferenceDataError(join(dir, 'tilsyn/tilsyn2008_funn.csv'), row, 'kommunenummer_2008', 'no 2008 report for this municipality');
    }
    return value;
  });

  return {
    kommuner, fylker, codeChanges, nationalTotals, ageOutcome, reporterTotals, serviceAgeSeed, closedInvestigations,
    melderCodes, facts, sources, tilsynSummary, tilsynReports, tilsynFindings,
  };
}

type KommuneCsvRow = { row: number; value: { kommunenummer: string; fylkesnummer: string; fylkesnavn: string; fylkesnavn_official: string } };

function fylkerOf(rows: KommuneCsvRow[], file: string): Fylke[] {
  const seen = new Set<string>();
  const fylker = new Map<string, Fylke>();
  for (const { row, value: k } of rows) {
    if (seen.has(k.kommunenummer)) throw new ReferenceDataError(file, row, 'kommunenummer', `${k.kommunenummer} appears twice`);
    seen.add(k.kommunenummer);
    if (!k.kommunenummer.startsWith(k.fylkesnummer)) throw new ReferenceDataError(file, row, 'fylkesnummer', `${k.fylkesnummer} is not the start of ${k.kommunenummer}`);
    const f = { fylkesnummer: k.fylkesnummer, name: k.fylkesnavn, name_official: k.fylkesnavn_official };
    const before = fylker.get(f.fylkesnummer);
    if (before && (before.name !== f.name || before.name_official !== f.name_official)) {
      throw new ReferenceDataError(file, row, 'fylkesnavn', `county ${f.fylkesnummer} is named differently on another row`);
    }
    fylker.set(f.fylkesnummer, f);
  }
  return [...fylker.values()].sort((a, b) => a.fylkesnummer.localeCompare(b.fylkesnummer));
}

/** Henlagt + undersokt must equal the total wherever a year has all three. */
function checkSplit(rows: { row: number; year: number; outcome: Konklusjon; value: number }[], file: string): void {
  for (const total of rows.filter((r) => r.outcome === 'alle')) {
    const parts = rows.filter((r) => r.year === total.year && r.outcome !== 'alle');
    if (parts.length === 2 && parts[0]!.value + parts[1]!.value !== total.value) {
      throw new ReferenceDataError(file, total.row, 'value', `${total.year}: Henlagt + Til undersøking = ${parts[0]!.value + parts[1]!.value}, not ${total.value}`);
    }
  }
}

function summaryOf(rows: { row: number; value: { measure: string; value: number; source_url: string } }[], file: string): TilsynSummary {
  const get = (measure: string) => {
    const r = rows.find((x) => x.value.measure === measure);
    if (!r) throw new ReferenceDataError(file, null, 'measure', `missing the row ${measure}`);
    return r.value;
  };
  const audited = get('kommuner_undersokt');
  const s = {
    year: 2008, audited: audited.value, with_breaches: get('kommuner_med_lovbrudd_avvik').value,
    improvement_points_only: get('kommuner_kun_forbedringsomrader_merknad').value, no_remarks: get('kommuner_uten_funn').value,
    source_url: audited.source_url, source_url_counts: get('kommuner_med_lovbrudd_avvik').source_url,
  };
  if (s.with_breaches + s.improvement_points_only + s.no_remarks !== s.audited) {
    throw new ReferenceDataError(file, rows.find((x) => x.value.measure === 'kommuner_undersokt')!.row, 'value', 'the three outcomes do not add up to the municipalities audited');
  }
  return s;
}
