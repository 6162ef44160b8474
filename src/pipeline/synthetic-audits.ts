import { LAST_YEAR, THEMES, type Theme } from '../lib/codes.ts';
import type { AuditRow, FindingRow } from '../lib/schemas/source.ts';
import { FINDING_TEMPLATES } from './finding-templates.ts';
import type { GeneratorSettings } from './generator-settings.ts';
import { historicCode } from './historic-code.ts';
import type { Random } from './random.ts';
import type { Kommune, Reference } from './reference.ts';

type Outcome = 'with_breaches' | 'improvement_points_only' | 'no_remarks';
const OUTCOME_KEYS: Outcome[] = ['with_breaches', 'improvement_points_only', 'no_remarks'];
const DAY = 86_400_000;
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Synthetic audits from settings.audits.first_year to 2024, never at a municipality-year that has a real audit.
 * With complete_2008_campaign, 2008 gets as many synthetic audits as the real campaign had unnamed municipalities,
 * split over outcomes so that real + synthetic match the real summary (a real report of unknown outcome is counted
 * as one with breaches, the most common outcome). Other years get `per_year` audits with outcomes drawn by
 * later_outcome_shares. Every row is flagged synthetic.
 */
export function syntheticAudits(ref: Reference, settings: GeneratorSettings, random: Random, real: readonly AuditRow[]): { audits: AuditRow[]; findings: FindingRow[] } {
  const s = settings.audits;
  const taken = new Set(real.map((a) => `${a.year}|${a.kommunenummer}`));
  const audits: AuditRow[] = [];
  const findings: FindingRow[] = [];
  for (let year = s.first_year; year <= LAST_YEAR; year++) {
    const r = random.fork(String(year));
    const outcomes = year === ref.tilsynSummary.year && s.complete_2008_campaign
      ? campaignOutcomes(ref, real, r)
      : Array.from({ length: s.per_year }, () => OUTCOME_KEYS[r.pick(OUTCOME_KEYS.map((k) => s.later_outcome_shares[k]))]!);
    const candidates = ref.kommuner.filter((k) => {
      if (taken.has(`${year}|${k.kommunenummer}`)) return false;
      const code = historicCode(k.kommunenummer, year, ref.codeChanges);
      // The change table starts in 2019; codes created earlier (e.g. Trøndelag's 50xx in 2018) must not appear before.
      return code !== null && !s.codes_created.some((c) => code.startsWith(c.prefix) && year < c.year);
    });
    if (outcomes.length > candidates.length) throw new Error(`synthetic audits ${year}: ${outcomes.length} wanted, ${candidates.length} municipalities eligible`);
    for (let i = 0; i < outcomes.length; i++) {
      const j = i + r.int(candidates.length - i); // partial Fisher–Yates: municipalities drawn without replacement
      [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
      const audit = syntheticAudit(settings, year, candidates[i]!, outcomes[i]!, historicCode(candidates[i]!.kommunenummer, year, ref.codeChanges)!, r);
      audits.push(audit.audit);
      findings.push(...audit.findings);
    }
  }
  return { audits, findings };
}

function campaignOutcomes(ref: Reference, real: readonly AuditRow[], r: Random): Outcome[] {
  const s = ref.tilsynSummary;
  const realOf = (o: Outcome) => real.filter((a) => {
    if (a.year !== s.year) return false;
    if (a.breaches === null) return o === 'with_breaches';
    if (a.breaches > 0) return o === 'with_breaches';
    return (a.improvement_points ?? 0) > 0 ? o === 'improvement_points_only' : o === 'no_remarks';
  }).length;
  const list = OUTCOME_KEYS.flatMap((o) => Array.from({ length: Math.max(0, s[o] - realOf(o)) }, () => o));
  for (let i = list.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function syntheticAudit(settings: GeneratorSettings, year: number, k: Kommune, outcome: Outcome, historic: string, r: Random): { audit: AuditRow; findings: FindingRow[] } {
  const s = settings.audits;
  const audit_id = `syn-${year}-${k.kommunenummer}`;
  const weights = THEMES.map((t) => s.theme_weights[t] ?? 1);
  const scope: Theme[] = [];
  const size = s.scope_themes[0] + r.int(s.scope_themes[1] - s.scope_themes[0] + 1);
  while (scope.length < Math.min(size, THEMES.length)) {
    const i = r.pick(weights);
    scope.push(THEMES[i]!);
    weights[i] = 0;
  }
  const wanted = {
    avvik: outcome === 'with_breaches' ? 1 + r.poisson(s.extra_breaches_mean) : 0,
    merknad: outcome === 'no_remarks' ? 0 : (outcome === 'improvement_points_only' ? 1 : 0) + r.poisson(s.improvement_points_mean),
  };
  const findings: FindingRow[] = [];
  for (const type of ['avvik', 'merknad'] as const) {
    const pool = FINDING_TEMPLATES.filter((t) => t.type === type && scope.includes(t.theme));
    for (let n = 1; n <= wanted[type] && pool.length > 0; n++) {
      const [t] = pool.splice(r.int(pool.length), 1);
      findings.push({
        finding_id: `${audit_id}-${type === 'avvik' ? 'a' : 'm'}${n}`,
        audit_id,
        type,
        theme: t!.theme,
        statement: t!.statement,
        legal_reference: t!.legal.filter((l) => l.from <= year).at(-1)?.ref ?? '',
        synthetic: true,
      });
    }
  }
  const start = Date.UTC(year, 0, 15) + r.int(260) * DAY;
  const end = Math.min(start + (20 + r.int(100)) * DAY, Date.UTC(year, 11, 15));
  const closing = findings.length === 0 ? end : end + ((s.closing_months[0] + r.int(s.closing_months[1] - s.closing_months[0] + 1)) * 30 + r.int(15)) * DAY;
  const open = date(closing) > s.status_as_of;
  const office = year >= s.statsforvalter_from_year ? 'Statsforvalteren' : 'Fylkesmannen';
  return {
    audit: {
      audit_id,
      authority: `${office} i ${k.fylkesnavn}`,
      kommunenummer: k.kommunenummer,
      kommunenummer_historic: historic,
      kommunenavn_historic: k.name,
      year,
      period_start: date(start),
      period_end: date(end),
      themes: THEMES.filter((t) => scope.includes(t)),
      status: open ? 'open' : 'closed',
      closed_date: open ? null : date(closing),
      breaches: findings.filter((f) => f.type === 'avvik').length,
      improvement_points: findings.filter((f) => f.type === 'merknad').length,
      source_url: null,
      synthetic: true,
    },
    findings,
  };
}
