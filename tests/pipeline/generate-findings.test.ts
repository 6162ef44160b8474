import { describe, expect, it } from 'vitest';
import { LAST_YEAR, THEMES } from '../../src/lib/codes.ts';
import { auditRowSchema, auditSummaryRowSchema, findingRowSchema } from '../../src/lib/schemas/source.ts';
import { FINDING_TEMPLATES } from '../../src/pipeline/finding-templates.ts';
import { generateFindings } from '../../src/pipeline/generate-findings.ts';
import { loadGeneratorSettings } from '../../src/pipeline/generate-source.ts';
import { createRandom } from '../../src/pipeline/random.ts';
import { loadReference } from '../../src/pipeline/reference.ts';

const ref = loadReference();
const settings = loadGeneratorSettings();
const { audits, findings, auditSummaries } = generateFindings(ref, settings, createRandom('findings-test'));
const real = audits.filter((a) => !a.synthetic);
const synthetic = audits.filter((a) => a.synthetic);

describe('the real 2008 supervision is carried as real rows', () => {
  it('has the national summary: 114 audited = 90 with breaches + 13 improvement points only + 11 with none', () => {
    expect(auditSummaries).toHaveLength(1);
    const s = auditSummaries[0]!;
    expect(s).toMatchObject({ year: 2008, audited: 114, with_breaches: 90, improvement_points_only: 13, no_remarks: 11, synthetic: false });
    expect(s.with_breaches + s.improvement_points_only + s.no_remarks).toBe(s.audited);
    expect(s.source_url).toMatch(/^https:\/\/www\.helsetilsynet\.no\//);
  });

  it('has the five named municipal reports, not synthetic, under their 2024 codes with the 2008 code and name kept', () => {
    expect(real.map((a) => [a.kommunenummer, a.kommunenummer_historic, a.kommunenavn_historic])).toEqual([
      ['1860', '1860', 'Vestvågøy'],
      ['3207', '0217', 'Oppegård'],
      ['3205', '0227', 'Fet'],
      ['4613', '1219', 'Bømlo'],
      ['5057', '1621', 'Ørland'],
    ]);
    expect(real.every((a) => a.year === 2008 && a.source_url?.startsWith('https://www.helsetilsynet.no/'))).toBe(true);
  });

  it('keeps counts as given and leaves unknowns null: closed where the report says "avsluttet"', () => {
    const by = (k: string) => real.find((a) => a.kommunenummer_historic === k)!;
    expect(by('1860')).toMatchObject({ breaches: 1, improvement_points: 3, status: 'closed', closed_date: null });
    expect(by('0217')).toMatchObject({ breaches: 2, improvement_points: null });
    expect(by('1621')).toMatchObject({ breaches: null, improvement_points: null, status: 'unknown', themes: [] });
  });

  it('has real findings only where the source gives their text (Vestvågøy, Bømlo), unreferenced and not synthetic', () => {
    const realFindings = findings.filter((f) => !f.synthetic);
    expect(new Set(realFindings.map((f) => f.audit_id))).toEqual(new Set(['tilsyn-2008-1860', 'tilsyn-2008-1219']));
    expect(realFindings.filter((f) => f.audit_id === 'tilsyn-2008-1860').map((f) => f.type)).toEqual(['avvik', 'merknad', 'merknad', 'merknad']);
    expect(realFindings.every((f) => f.legal_reference === '')).toBe(true);
    expect(realFindings[0]!.statement).toBe('lege ikke sikret som del av skolehelsetjenesten');
  });
});

describe('synthetic audits sit around the real ones and are labelled', () => {
  it('never share a municipality-year with a real audit, and no municipality is audited twice in a year', () => {
    const realKeys = new Set(real.map((a) => `${a.year}|${a.kommunenummer}`));
    expect(synthetic.filter((a) => realKeys.has(`${a.year}|${a.kommunenummer}`))).toEqual([]);
    const keys = synthetic.map((a) => `${a.year}|${a.kommunenummer}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never attach a synthetic finding to a real audit', () => {
    const realIds = new Set(real.map((a) => a.audit_id));
    expect(findings.filter((f) => f.synthetic && realIds.has(f.audit_id))).toEqual([]);
    expect(findings.filter((f) => !f.synthetic && !realIds.has(f.audit_id))).toEqual([]);
  });

  it('leave the 2008 campaign to its real records: no synthetic audit stands in for one of its unknown reports', () => {
    expect(synthetic.filter((a) => a.year === 2008)).toEqual([]);
    expect(audits.filter((a) => a.year === 2008).every((a) => !a.synthetic)).toBe(true);
  });

  it(`run every year from ${settings.audits.first_year} to ${LAST_YEAR} with settings.audits.per_year audits after 2008`, () => {
    for (let y = 2009; y <= LAST_YEAR; y++) expect(synthetic.filter((a) => a.year === y)).toHaveLength(settings.audits.per_year);
  });

  it('name the authority Fylkesmannen before 2021 and Statsforvalteren from 2021', () => {
    for (const a of synthetic) expect(a.authority).toMatch(a.year >= 2021 ? /^Statsforvalteren i / : /^Fylkesmannen i /);
  });

  it('count their findings, close after the visit or stay open, and cite law for every breach', () => {
    for (const a of synthetic) {
      const own = findings.filter((f) => f.audit_id === a.audit_id);
      expect(a.breaches).toBe(own.filter((f) => f.type === 'avvik').length);
      expect(a.improvement_points).toBe(own.filter((f) => f.type === 'merknad').length);
      expect(own.every((f) => f.synthetic && a.themes.includes(f.theme))).toBe(true);
      expect(own.filter((f) => f.type === 'avvik').every((f) => f.legal_reference.length > 0)).toBe(true);
      if (a.status === 'closed') expect(a.closed_date! >= a.period_end!).toBe(true);
      else expect(a.closed_date).toBeNull();
      expect(a.source_url).toBeNull();
    }
    expect(synthetic.some((a) => a.status === 'open')).toBe(true);
  });

  it('cite the child welfare act in force: barnevernloven until 2022, barnevernsloven from 2023', () => {
    const cited = (from: number, to: number) =>
      findings.filter((f) => f.synthetic && audits.find((a) => a.audit_id === f.audit_id)!.year >= from && audits.find((a) => a.audit_id === f.audit_id)!.year <= to);
    expect(cited(2008, 2022).some((f) => f.legal_reference.includes('barnevernsloven'))).toBe(false);
    expect(cited(2023, 2024).some((f) => /barnevernloven/.test(f.legal_reference))).toBe(false);
  });
});

describe('finding rows are well formed', () => {
  it('pass the zod schemas', () => {
    for (const a of audits) auditRowSchema.parse(a);
    for (const f of findings) findingRowSchema.parse(f);
    for (const s of auditSummaries) auditSummaryRowSchema.parse(s);
  });

  it('have unique ids, and every finding belongs to an audit', () => {
    expect(new Set(audits.map((a) => a.audit_id)).size).toBe(audits.length);
    expect(new Set(findings.map((f) => f.finding_id)).size).toBe(findings.length);
    const ids = new Set(audits.map((a) => a.audit_id));
    expect(findings.every((f) => ids.has(f.audit_id))).toBe(true);
  });

  it('have a breach and an improvement-point statement for every theme to draw from', () => {
    for (const t of THEMES) for (const type of ['avvik', 'merknad'] as const) expect(FINDING_TEMPLATES.some((x) => x.theme === t && x.type === type), `${t} ${type}`).toBe(true);
  });
});
