import type { z } from 'zod';
import { YEARS } from '../lib/codes.ts';
import { serviceGroupOf } from '../lib/codes.ts';
import {
  auditRowSchema, auditSummaryRowSchema, childrenRowSchema, findingRowSchema, reporterRowSchema, reportRowSchema, type SourceData,
} from '../lib/schemas/source.ts';

/** Raised when input data is malformed; the message names the table, the row (1-based) and the field. */
export class SourceError extends Error {}

function parseRows(table: string, schema: z.ZodType, rows: readonly unknown[]) {
  rows.forEach((row, i) => {
    const r = schema.safeParse(row);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new SourceError(`${table} row ${i + 1}, field ${issue?.path.join('.') || '(row)'}: ${issue?.message}`);
    }
  });
}

/** Check every input row against its schema and the code lists, and the facts that hold between the tables. */
export function validateSource(source: SourceData, kommuner: ReadonlySet<string>): void {
  parseRows('reports', reportRowSchema, source.reports);
  parseRows('reporters', reporterRowSchema, source.reporters);
  parseRows('children', childrenRowSchema, source.children);
  parseRows('audits', auditRowSchema, source.audits);
  parseRows('findings', findingRowSchema, source.findings);
  parseRows('audit_summaries', auditSummaryRowSchema, source.auditSummaries);

  const reports = new Map<string, number>();
  source.reports.forEach((r, i) => {
    if (!kommuner.has(r.kommunenummer)) throw new SourceError(`reports row ${i + 1}, field kommunenummer: ${r.kommunenummer} is not a 2024 municipality`);
    if (!YEARS.includes(r.year)) throw new SourceError(`reports row ${i + 1}, field year: ${r.year} is outside ${YEARS[0]}–${YEARS.at(-1)}`);
    const key = `${r.year}|${r.kommunenummer}|${r.age_group}|${r.outcome}`;
    if (reports.has(key)) throw new SourceError(`reports row ${i + 1}: duplicate of an earlier row for ${key.replaceAll('|', ' ')}`);
    reports.set(key, r.reports);
  });
  const mentions = new Map<string, number>();
  const seen = new Set<string>();
  source.reporters.forEach((r, i) => {
    const key = `${r.year}|${r.kommunenummer}|${r.age_group}|${r.outcome}`;
    if (!kommuner.has(r.kommunenummer)) throw new SourceError(`reporters row ${i + 1}, field kommunenummer: ${r.kommunenummer} is not a 2024 municipality`);
    const full = `${key}|${r.melder}`;
    if (seen.has(full)) throw new SourceError(`reporters row ${i + 1}: duplicate of an earlier row for ${full.replaceAll('|', ' ')}`);
    seen.add(full);
    const groupKey = `${key}|${serviceGroupOf(r.melder)}`;
    mentions.set(groupKey, (mentions.get(groupKey) ?? 0) + r.reports);
    mentions.set(key, (mentions.get(key) ?? 0) + r.reports);
  });
  for (const [key, n] of reports) {
    const m = mentions.get(key) ?? 0;
    if (m < n) throw new SourceError(`reporters for ${key.replaceAll('|', ' ')} add up to ${m}, fewer than the ${n} reports: every report has a reporter`);
  }
  for (const [key, m] of mentions) {
    const parts = key.split('|');
    if (parts.length !== 5) continue;
    const n = reports.get(parts.slice(0, 4).join('|')) ?? 0;
    if (m > n) throw new SourceError(`service group ${parts[4]} is among the reporters of ${m} reports for ${parts.slice(0, 4).join(' ')}, more than the ${n} reports`);
  }
  const children = new Set(source.children.map((c) => `${c.year}|${c.kommunenummer}`));
  for (const k of kommuner) for (const y of YEARS)
    if (!children.has(`${y}|${k}`)) throw new SourceError(`children: no figure for municipality ${k} in ${y}`);
}
