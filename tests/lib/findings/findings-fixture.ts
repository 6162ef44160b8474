import { indexFindings, type FindingsData } from '../../../src/lib/findings/index-findings.ts';
import type { AuditRecord, FindingRecord } from '../../../src/lib/query/queries/audit-tables.ts';
import type { TableRows } from '../../../src/lib/query/queries/table-rows.ts';

type Unit = TableRows['units'];
const unit = (level: Unit['level'], code: string, name: string, fylkesnummer: string | null = null): Unit => ({
  level, unit: code, name, name_official: null, old_codes: null, fylkesnummer, peer_group: null, children: 1000, children_estimated: true, lon: null, lat: null,
});

/** Two counties, three municipalities (one never audited). */
export const UNITS: Unit[] = [
  unit('land', 'NO', 'Norge'), unit('fylke', '32', 'Akershus', '32'), unit('fylke', '46', 'Vestland', '46'),
  unit('kommune', '3207', 'Nordre Follo', '32'), unit('kommune', '4613', 'Bømlo', '46'), unit('kommune', '4601', 'Bergen', '46'),
];

const audit = (o: Partial<AuditRecord> & Pick<AuditRecord, 'audit_id' | 'kommunenummer' | 'year'>): AuditRecord => ({
  authority: 'Statsforvalteren i Vestland', kommunenummer_historic: o.kommunenummer, kommunenavn_historic: 'x', period_start: null, period_end: null,
  themes: [], status: 'closed', closed_date: null, breaches: 0, improvement_points: 0, source_url: null, synthetic: true, ...o,
});
const finding = (audit_id: string, n: number, type: FindingRecord['type'], theme: FindingRecord['theme'], synthetic = true): FindingRecord => ({
  finding_id: `${audit_id}-${n}`, audit_id, type, theme, statement: `=Utsagn ${n}`, legal_reference: type === 'avvik' ? 'barnevernloven § 3-2' : '', synthetic,
});

/**
 * A real 2008 audit of Oppegård (0217, now part of Nordre Follo) with unknown improvement points and no finding texts,
 * a real renumbered one of Bømlo (1219 → 4613) with one breach, and two synthetic audits of Bømlo: one open with a breach
 * and an improvement point, one closed with nothing found.
 */
export function fixture(): FindingsData {
  const audits = [
    audit({ audit_id: 'r-0217', kommunenummer: '3207', kommunenummer_historic: '0217', kommunenavn_historic: 'Oppegård', year: 2008, breaches: 2, improvement_points: null, synthetic: false, source_url: 'https://example.org/oppegard', authority: 'Fylkesmannen i Oslo og Akershus' }),
    audit({ audit_id: 'r-1219', kommunenummer: '4613', kommunenummer_historic: '1219', kommunenavn_historic: 'Bømlo', year: 2008, breaches: 1, synthetic: false, themes: ['samarbeidsfora'] }),
    audit({ audit_id: 's-2019', kommunenummer: '4613', kommunenavn_historic: 'Bømlo', year: 2019, status: 'open', breaches: 1, improvement_points: 1, themes: ['voksentjenester-fanger-opp', 'ettervern'] }),
    audit({ audit_id: 's-2021', kommunenummer: '4613', kommunenavn_historic: 'Bømlo', year: 2021, closed_date: '2021-11-30' }),
  ];
  const findings = [
    finding('r-1219', 1, 'avvik', 'samarbeidsfora', false),
    finding('s-2019', 1, 'avvik', 'voksentjenester-fanger-opp'),
    finding('s-2019', 2, 'merknad', 'ettervern'),
  ];
  return indexFindings(audits, findings, [{ year: 2008, audited: 114, with_breaches: 90, improvement_points_only: 13, no_remarks: 11, source: 'Helsetilsynet', source_url: 'https://example.org/5-2009', synthetic: false }]);
}
