import type { AuditRecord } from '../query/queries/audit-tables.ts';
import { fill, formatNumber, type Lang } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/nb.ts';

/**
 * What to say when an audit was made under an earlier municipality number: a renumbering when the name is the same
 * today, otherwise that the municipality is now part of today's one. Null when the number is unchanged.
 */
export function historicNote(a: AuditRecord, todayName: string, t: Dictionary): string | null {
  if (a.kommunenummer_historic === a.kommunenummer) return null;
  const values = { name: a.kommunenavn_historic, nr: a.kommunenummer_historic, today: todayName, todayNr: a.kommunenummer };
  return fill(t[a.kommunenavn_historic === todayName ? 'findings.unit.renumbered' : 'findings.unit.historic'], values);
}

/** The audit's numbers of breaches and improvement points, saying so where the source does not give one. */
export function auditCounts(a: AuditRecord, t: Dictionary, lang: Lang): string {
  const count = (n: number | null) => (n === null ? t['findings.reports.unknownCount'] : formatNumber(n, lang));
  return `${t['findings.col.breaches']}: ${count(a.breaches)} · ${t['findings.col.improvement']}: ${count(a.improvement_points)}`;
}
