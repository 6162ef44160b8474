import type { AuditRecord, AuditSummaryRecord, FindingRecord } from '../query/queries/audit-tables.ts';

/** An audit with its findings, in the order published. */
export interface AuditWithFindings extends AuditRecord { findings: FindingRecord[] }

/** Audits, findings and summaries, indexed for the findings page and each municipality page. */
export interface FindingsData {
  audits: AuditWithFindings[];
  findings: FindingRecord[];
  summaries: AuditSummaryRecord[];
  audit(id: string): AuditWithFindings | undefined;
  /** The audits of a municipality by today's number (older audits carry the number of their time beside it). */
  ofMunicipality(kommunenummer: string): AuditWithFindings[];
}

/** Join findings to their audits and index the audits by id and by today's municipality; a finding with no audit is an error. */
export function indexFindings(audits: AuditRecord[], findings: FindingRecord[], summaries: AuditSummaryRecord[]): FindingsData {
  const withFindings: AuditWithFindings[] = audits.map((a) => ({ ...a, findings: [] }));
  const byId = new Map(withFindings.map((a) => [a.audit_id, a]));
  for (const f of findings) {
    const a = byId.get(f.audit_id);
    if (!a) throw new Error(`finding ${f.finding_id} refers to no published audit (${f.audit_id})`);
    a.findings.push(f);
  }
  const byMunicipality = Map.groupBy(withFindings, (a) => a.kommunenummer);
  return {
    audits: withFindings, findings, summaries,
    audit: (id) => byId.get(id),
    ofMunicipality: (k) => byMunicipality.get(k) ?? [],
  };
}
