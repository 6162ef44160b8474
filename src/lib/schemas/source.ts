/** zod schemas for the pipeline's input: what the synthetic generator produces and what a real import must provide. */
import { z } from 'zod';
import { AGE_GROUPS, MELDER_CODES, OUTCOMES, THEMES } from '../codes.ts';

const year = z.number().int().min(2000).max(2100);
const kommunenummer = z.string().regex(/^\d{4}$/, 'a four-digit municipality code such as 0301');
const count = z.number().int().nonnegative();

/** Distinct reports of concern: year × municipality × age group × outcome. Totals come from here, never from summing services. */
export const reportRowSchema = z.strictObject({
  year,
  kommunenummer,
  age_group: z.enum(AGE_GROUPS),
  outcome: z.enum(OUTCOMES),
  reports: count,
});
export type ReportRow = z.infer<typeof reportRowSchema>;

/**
 * Report–reporter pairs: year × municipality × SSB reporting code × age group × outcome.
 * A report with two reporters counts once under each, so these add up to slightly more than the reports.
 * A report has at most one reporter per service group, so a group's count is the number of reports it was among the reporters of.
 */
export const reporterRowSchema = z.strictObject({
  year,
  kommunenummer,
  melder: z.number().int().refine((c) => MELDER_CODES.includes(c), 'an SSB reporting code (1–25)'),
  age_group: z.enum(AGE_GROUPS),
  outcome: z.enum(OUTCOMES),
  reports: count,
});
export type ReporterRow = z.infer<typeof reporterRowSchema>;

/** Children 0–17 per municipality and year; `estimated` when derived from total population × national child share. */
export const childrenRowSchema = z.strictObject({
  year,
  kommunenummer,
  children: z.number().int().positive(),
  estimated: z.boolean(),
});
export type ChildrenRow = z.infer<typeof childrenRowSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** A supervisory audit (tilsyn) of one municipality. */
export const auditRowSchema = z.strictObject({
  audit_id: z.string().min(1),
  authority: z.string().min(1),
  kommunenummer,
  kommunenummer_historic: kommunenummer,
  kommunenavn_historic: z.string().min(1),
  year,
  period_start: isoDate.nullable(),
  period_end: isoDate.nullable(),
  themes: z.array(z.enum(THEMES)),
  status: z.enum(['open', 'closed', 'unknown']),
  closed_date: isoDate.nullable(),
  breaches: count.nullable(),
  improvement_points: count.nullable(),
  source_url: z.url().nullable(),
  synthetic: z.boolean(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

/** One finding of an audit: a breach of law or regulation (avvik) or an improvement point (merknad). */
export const findingRowSchema = z.strictObject({
  finding_id: z.string().min(1),
  audit_id: z.string().min(1),
  type: z.enum(['avvik', 'merknad']),
  theme: z.enum(THEMES),
  statement: z.string().min(1),
  legal_reference: z.string(),
  synthetic: z.boolean(),
});
export type FindingRow = z.infer<typeof findingRowSchema>;

/** The national summary of an audit campaign (the 2008 one: 114 audited, 90 with breaches, 13 with improvement points only, 11 with none). */
export const auditSummaryRowSchema = z.strictObject({
  year,
  audited: count,
  with_breaches: count,
  improvement_points_only: count,
  no_remarks: count,
  source: z.string().min(1),
  source_url: z.url(),
  synthetic: z.boolean(),
});
export type AuditSummaryRow = z.infer<typeof auditSummaryRowSchema>;

/** Everything the pipeline reads, from the generator or from an import. */
export interface SourceData {
  synthetic: boolean;
  description: string;
  reports: ReportRow[];
  reporters: ReporterRow[];
  children: ChildrenRow[];
  audits: AuditRow[];
  findings: FindingRow[];
  auditSummaries: AuditSummaryRow[];
  /** Years whose national totals are projected beyond the last real SSB figure. */
  projectedYears: number[];
}
