/** Types of the reference data that loadReference returns (see reference.ts). */
import type { AgeGroup, ServiceGroup, SsbSymbol, Theme } from '../lib/codes.ts';

export interface Kommune {
  kommunenummer: string;
  name: string;
  name_official: string;
  fylkesnummer: string;
  fylkesnavn: string;
  population: number;
  area_km2: number;
  malform: string;
  label_lon: number;
  label_lat: number;
}
export interface Fylke { fylkesnummer: string; name: string; name_official: string }
export interface CodeChange {
  from: string;
  to: string;
  valid_to_year: number;
  valid_from_year: number;
  change: 'uendret' | 'nytt_nummer' | 'sammenslaaing' | 'deling';
}
export type Konklusjon = 'alle' | 'henlagt' | 'undersokt';
/** Reports of concern nationally per year and outcome (SSB; 2022 total from Bufdir). */
export interface NationalTotal { year: number; outcome: Konklusjon; reports: number; source: string }
/** Reports nationally by child age and outcome; `reports` null where SSB printed a symbol. */
export interface AgeOutcomeTotal { year: number; age_group: AgeGroup; outcome: Konklusjon; reports: number | null; status: SsbSymbol | null; source: string }
/** Report–reporter pairs nationally by reporter as SSB published them; `code` null for SSB's unnamed "Andre". */
export interface ReporterTotal { year: number; label: string; code: number | null; reporters: number; source: string }
/** The 2009–2010 cross-table: new children with measures by who raised the case and age (`18+` = "18+ og uoppgitt"). */
export interface ServiceAgeSeedCell { year: number; label: string; age: '0-2' | '3-5' | '6-12' | '13-17' | '18+' | 'alle'; value: number; source: string }
/** Investigations closed in 2010 by reporter and conclusion. */
export interface ClosedInvestigationCell { year: number; label: string; conclusion: 'alle' | 'vedtak' | 'lagt_bort' | 'uoppgitt'; value: number; source: string }
export interface MelderCode { code: number; label: string; valid_from: string; valid_to: string | null; service_group: ServiceGroup; note: string }
export interface NationalFact { year: number; fact: string; value: number; unit: string; source_url: string; note: string }
export interface SourceRef { source: string; publisher: string; title: string; url: string; cited_as: string; note: string }
/** The 2008 national supervision: municipalities audited and how many had breaches, improvement points only, or nothing. */
export interface TilsynSummary { year: number; audited: number; with_breaches: number; improvement_points_only: number; no_remarks: number; source_url: string; source_url_counts: string }
export interface TilsynReport {
  kommunenavn_2008: string;
  kommunenummer_2008: string;
  kommunenummer_2024: string;
  fylke_2008: string;
  authority: string;
  period_start: string;
  period_end: string;
  report_date: string | null;
  breaches: number | null;
  improvement_points: number | null;
  keywords: string;
  follow_up: string;
  url: string;
}
export interface TilsynFinding { kommunenummer_2008: string; type: 'avvik' | 'merknad'; statement: string; theme: Theme }

export interface Reference {
  kommuner: Kommune[];
  fylker: Fylke[];
  codeChanges: CodeChange[];
  nationalTotals: NationalTotal[];
  ageOutcome: AgeOutcomeTotal[];
  reporterTotals: ReporterTotal[];
  serviceAgeSeed: ServiceAgeSeedCell[];
  closedInvestigations: ClosedInvestigationCell[];
  melderCodes: MelderCode[];
  facts: NationalFact[];
  sources: SourceRef[];
  tilsynSummary: TilsynSummary;
  tilsynReports: TilsynReport[];
  tilsynFindings: TilsynFinding[];
}
