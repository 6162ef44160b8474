import type { AuditRow, AuditSummaryRow, FindingRow } from '../lib/schemas/source.ts';
import type { GeneratorSettings } from './generator-settings.ts';
import type { Random } from './random.ts';
import { realAudits } from './real-audits.ts';
import type { Reference } from './reference.ts';
import { syntheticAudits } from './synthetic-audits.ts';

/** Audits, findings and the campaign summary: the real 2008 material first, then synthetic audits around it. */
export function generateFindings(
  ref: Reference,
  settings: GeneratorSettings,
  random: Random,
): { audits: AuditRow[]; findings: FindingRow[]; auditSummaries: AuditSummaryRow[] } {
  const real = realAudits(ref);
  const synthetic = syntheticAudits(ref, settings, random, real.audits);
  return {
    audits: [...real.audits, ...synthetic.audits],
    findings: [...real.findings, ...synthetic.findings],
    auditSummaries: [real.summary],
  };
}
