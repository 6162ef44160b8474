import { THEMES } from '../../codes.ts';
import type { FindingsCsvRow } from '../../findings/findings-csv.ts';
import type { FilterKey } from '../../findings/findings-filter.ts';
import type { FindingsData } from '../../findings/index-findings.ts';
import { fill } from '../../i18n/format.ts';
import type { Dictionary, MessageKey } from '../../i18n/nb.ts';
import type { TableRows } from '../../query/queries/table-rows.ts';

/** One row of the findings table: the values the filters match, the texts shown, and the CSV fields. */
export interface FindingsTableRow {
  id: string;
  filter: Record<FilterKey, string>;
  csv: FindingsCsvRow;
  /** Set when the audit was made under an earlier municipality number: the note saying so. */
  historic: string | null;
  sourceUrl: string | null;
}
export interface FilterOption { value: string; label: string }
export interface FindingsTable { rows: FindingsTableRow[]; header: FindingsCsvRow; options: Record<FilterKey, FilterOption[]> }

const STATUSES = ['closed', 'open', 'unknown'] as const;
const TYPES = ['avvik', 'merknad'] as const;

/** Every finding with its audit, today's municipality and county, newest audit first; and the filter choices that occur. */
export function findingsTable(d: FindingsData, units: TableRows['units'][], t: Dictionary): FindingsTable {
  const unit = new Map(units.map((u) => [u.unit, u]));
  const yes = t['findings.yes'], no = t['findings.no'];
  const rows: FindingsTableRow[] = [];
  for (const a of [...d.audits].sort((x, y) => y.year - x.year || x.kommunenummer.localeCompare(y.kommunenummer))) {
    const k = unit.get(a.kommunenummer);
    const county = unit.get(k?.fylkesnummer ?? '');
    for (const f of a.findings)
      rows.push({
        id: f.finding_id,
        filter: {
          year: String(a.year), county: county?.unit ?? '', municipality: a.kommunenummer, theme: f.theme, type: f.type, status: a.status,
          origin: f.synthetic ? 'synthetic' : 'real',
        },
        csv: {
          year: String(a.year), nr: a.kommunenummer, municipality: k?.name ?? a.kommunenavn_historic, county: county?.name ?? '',
          authority: a.authority, theme: t[`theme.${f.theme}` as MessageKey], type: t[`findings.type.${f.type}`],
          status: t[`findings.status.${a.status}`], statement: f.statement, legal: f.legal_reference, synthetic: f.synthetic ? yes : no,
        },
        historic: a.kommunenummer_historic !== a.kommunenummer ? fill(t['findings.table.historic'], { name: a.kommunenavn_historic, nr: a.kommunenummer_historic }) : null,
        sourceUrl: a.source_url,
      });
  }
  const present = (key: FilterKey) => new Set(rows.map((r) => r.filter[key]));
  const pick = (key: FilterKey, all: FilterOption[]) => all.filter((o) => present(key).has(o.value));
  const named = (codes: Iterable<string>) => [...codes].map((c) => ({ value: c, label: unit.get(c)?.name ?? c })).sort((a, b) => a.label.localeCompare(b.label, 'nb'));
  return {
    rows,
    header: {
      year: t['findings.col.year'], nr: t['findings.col.nr'], municipality: t['findings.col.municipality'], county: t['findings.col.county'],
      authority: t['findings.col.authority'], theme: t['findings.col.theme'], type: t['findings.col.type'], status: t['findings.col.status'],
      statement: t['findings.col.finding'], legal: t['findings.col.legal'], synthetic: t['site.synthetic'],
    },
    options: {
      year: [...present('year')].sort().reverse().map((y) => ({ value: y, label: y })),
      county: [...present('county')].sort().map((c) => ({ value: c, label: unit.get(c)?.name ?? c })),
      municipality: named(present('municipality')),
      theme: pick('theme', THEMES.map((th) => ({ value: th, label: t[`theme.${th}` as MessageKey] }))),
      type: pick('type', TYPES.map((ty) => ({ value: ty, label: t[`findings.type.${ty}`] }))),
      status: pick('status', STATUSES.map((s) => ({ value: s, label: t[`findings.status.${s}`] }))),
      origin: pick('origin', [{ value: 'real', label: t['findings.origin.real'] }, { value: 'synthetic', label: t['findings.origin.synthetic'] }]),
    },
  };
}
