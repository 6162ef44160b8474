import { z } from 'zod';
import { THEMES } from '../../codes.ts';
import type { Query } from '../run-query.ts';

const theme = z.enum(THEMES);
const audit = z.object({
  audit_id: z.string(), authority: z.string(), kommunenummer: z.string(), kommunenummer_historic: z.string(), kommunenavn_historic: z.string(),
  year: z.number().int(), period_start: z.string().nullable(), period_end: z.string().nullable(),
  themes: z.string().transform((s) => (s === '' ? [] : s.split('|'))).pipe(z.array(theme)),
  status: z.enum(['open', 'closed', 'unknown']), closed_date: z.string().nullable(),
  breaches: z.number().int().nullable(), improvement_points: z.number().int().nullable(), source_url: z.string().nullable(), synthetic: z.boolean(),
});
const finding = z.object({
  finding_id: z.string(), audit_id: z.string(), type: z.enum(['avvik', 'merknad']), theme, statement: z.string(), legal_reference: z.string(), synthetic: z.boolean(),
});
const summary = z.object({
  year: z.number().int(), audited: z.number().int(), with_breaches: z.number().int(), improvement_points_only: z.number().int(),
  no_remarks: z.number().int(), source: z.string(), source_url: z.string(), synthetic: z.boolean(),
});
export type AuditRecord = z.output<typeof audit>;
export type FindingRecord = z.output<typeof finding>;
export type AuditSummaryRecord = z.output<typeof summary>;
export type AuditStatus = AuditRecord['status'];
export type FindingType = FindingRecord['type'];

const select = (s: z.ZodObject) => Object.keys(s.shape).map((c) => `"${c}"`).join(', ');

/** Every published audit, oldest first; `themes` parsed from its `|`-separated list into theme codes. */
export function auditRows(): Query<AuditRecord> {
  return { name: 'auditRows', schema: audit, sql: `SELECT ${select(audit)} FROM audits ORDER BY year, kommunenummer, audit_id` };
}

/** Every published finding, in audit order. */
export function findingRows(): Query<FindingRecord> {
  return { name: 'findingRows', schema: finding, sql: `SELECT ${select(finding)} FROM findings ORDER BY audit_id, finding_id` };
}

/** The published national summaries of supervision campaigns (the real 2008 result). */
export function auditSummaryRows(): Query<AuditSummaryRecord> {
  return { name: 'auditSummaryRows', schema: summary, sql: `SELECT ${select(summary)} FROM audit_summaries ORDER BY year` };
}
