import { THEMES } from '../lib/codes.ts';
import type { AuditRow, AuditSummaryRow, FindingRow } from '../lib/schemas/source.ts';
import type { Reference } from './reference.ts';

/**
 * The real 2008 supervision as rows: the national summary, the five named municipal reports, and their findings where
 * the reference data has the (paraphrased) text. Unknown counts, dates and references stay null or empty.
 */
export function realAudits(ref: Reference): { audits: AuditRow[]; findings: FindingRow[]; summary: AuditSummaryRow } {
  const s = ref.tilsynSummary;
  const summary: AuditSummaryRow = {
    year: s.year,
    audited: s.audited,
    with_breaches: s.with_breaches,
    improvement_points_only: s.improvement_points_only,
    no_remarks: s.no_remarks,
    source: 'Helsetilsynet: Utsatte barn og unge – behov for bedre samarbeid. Rapport fra Helsetilsynet 5/2009',
    source_url: s.source_url,
    synthetic: false,
  };
  const audits: AuditRow[] = [];
  const findings: FindingRow[] = [];
  for (const r of ref.tilsynReports) {
    const audit_id = `tilsyn-2008-${r.kommunenummer_2008}`;
    const own = ref.tilsynFindings.filter((f) => f.kommunenummer_2008 === r.kommunenummer_2008);
    const counter = { avvik: 0, merknad: 0 };
    for (const f of own) {
      counter[f.type]++;
      findings.push({
        finding_id: `${audit_id}-${f.type === 'avvik' ? 'a' : 'm'}${counter[f.type]}`,
        audit_id,
        type: f.type,
        theme: f.theme,
        statement: f.statement,
        legal_reference: '',
        synthetic: false,
      });
    }
    audits.push({
      audit_id,
      authority: r.authority,
      kommunenummer: r.kommunenummer_2024,
      kommunenummer_historic: r.kommunenummer_2008,
      kommunenavn_historic: r.kommunenavn_2008,
      year: Number(r.period_start.slice(0, 4)),
      period_start: r.period_start,
      period_end: r.period_end,
      themes: THEMES.filter((t) => own.some((f) => f.theme === t)),
      // "avsluttet" = the authority found the measures sufficient and closed the audit; the date is not in the source.
      status: r.follow_up.startsWith('avsluttet') ? 'closed' : 'unknown',
      closed_date: null,
      breaches: r.breaches,
      improvement_points: r.improvement_points,
      source_url: r.url,
      synthetic: false,
    });
  }
  return { audits, findings, summary };
}
