import { z } from 'zod';
import type { Query } from '../run-query.ts';

const row = z.object({
  audit_id: z.string(), authority: z.string(), kommunenummer: z.string(), year: z.number().int(), status: z.string(),
  source_url: z.string().nullable(), audit_synthetic: z.boolean(),
  type: z.string().nullable(), theme: z.string().nullable(), statement: z.string().nullable(), legal_reference: z.string().nullable(),
});
export type AuditFindingRow = z.infer<typeof row>;

/** Every published audit with each of its findings (an audit without findings as one row with empty finding columns), for the meeting packs. */
export function auditFindings(): Query<AuditFindingRow> {
  return {
    name: 'auditFindings',
    schema: row,
    sql: `SELECT a.audit_id, a.authority, a.kommunenummer, a.year, a.status, a.source_url, a.synthetic AS audit_synthetic,
      f.type, f.theme, f.statement, f.legal_reference
      FROM audits a LEFT JOIN findings f ON f.audit_id = a.audit_id
      ORDER BY a.kommunenummer, a.year DESC, a.audit_id, f.type, f.finding_id`,
  };
}
