import { describe, expect, it } from 'vitest';
import { indexFindings } from '../../../src/lib/findings/index-findings.ts';
import { DICTIONARIES } from '../../../src/lib/i18n/dictionaries.ts';
import { findingsCharts } from '../../../src/lib/views/findings/findings-charts.ts';
import { findingsTable } from '../../../src/lib/views/findings/findings-table.ts';
import { municipalityFindings } from '../../../src/lib/views/findings/municipality-findings.ts';
import { fixture, UNITS } from './findings-fixture.ts';

const nb = DICTIONARIES.nb, en = DICTIONARIES.en;
const byId = (id: string) => findingsCharts(fixture(), UNITS, nb, 'nb').find((c) => c.view.data.id === id)!;

describe('findings data', () => {
  it('joins findings to their audits and indexes audits by today\'s municipality', () => {
    const d = fixture();
    expect(d.ofMunicipality('4613').map((a) => a.audit_id)).toEqual(['r-1219', 's-2019', 's-2021']);
    expect(d.ofMunicipality('3207')[0]!.kommunenummer_historic).toBe('0217');
    expect(d.ofMunicipality('4601')).toEqual([]);
    expect(d.audit('s-2019')!.findings).toHaveLength(2);
  });
  it('refuses a finding whose audit is not published', () => {
    expect(() => indexFindings([], [{ finding_id: 'f', audit_id: 'none', type: 'avvik', theme: 'ettervern', statement: '', legal_reference: '', synthetic: true }], [])).toThrow(/no published audit/);
  });
});

describe('the charts of /tilsyn/', () => {
  it('shows the real campaign result as real, with its source, and its numbers in the table', () => {
    const real = byId('tilsyn-2008-resultat');
    expect(real.synthetic).toBe(false);
    expect(real.sourceHref).toBe('https://example.org/5-2009');
    expect(real.view.data.rows.map((r) => r.value)).toEqual([90, 13, 11]);
    expect(real.view.summary).toBe('Av 114 undersøkte kommuner hadde 90 lovbrudd, 13 bare forbedringspunkter og 11 ingen av delene.');
  });
  it('labels every chart holding a synthetic record as synthetic', () => {
    for (const id of ['tilsyn-per-ar', 'tilsyn-etter-tema', 'tilsyn-etter-fylke', 'tilsyn-etter-myndighet', 'tilsyn-status']) expect(byId(id).synthetic, id).toBe(true);
  });
  it('counts findings by theme and type, audits by year, today\'s county, authority and status', () => {
    const theme = byId('tilsyn-etter-tema').view.data.rows;
    expect(theme).toHaveLength(9);
    expect(theme.find((r) => r.label === 'Faste samarbeidsarenaer')).toEqual({ label: 'Faste samarbeidsarenaer', avvik: 1, merknad: 0 });
    expect(theme.find((r) => r.label === 'Ettervern 18–23 år')).toEqual({ label: 'Ettervern 18–23 år', avvik: 0, merknad: 1 });
    expect(byId('tilsyn-per-ar').view.data.rows).toEqual([{ label: '2008', value: 2 }, { label: '2019', value: 1 }, { label: '2021', value: 1 }]);
    expect(byId('tilsyn-etter-fylke').view.data.rows).toEqual([{ label: 'Akershus', value: 1 }, { label: 'Vestland', value: 3 }]);
    expect(byId('tilsyn-etter-myndighet').view.data.rows[0]).toEqual({ label: 'Statsforvalteren i Vestland', value: 3 });
    expect(byId('tilsyn-status').view.data.rows).toEqual([{ label: 'Avsluttet', value: 3 }, { label: 'Åpent', value: 1 }]);
    expect(byId('tilsyn-status').view.summary).toBe('3 tilsyn er avsluttet og 1 er åpne.');
  });
  it('draws exactly the numbers of its table', () => {
    for (const c of findingsCharts(fixture(), UNITS, en, 'en')) {
      const drawn = c.view.rows.map((b) => b.value).sort();
      const table = c.view.data.rows.flatMap((r) => Object.values(r).filter((v) => typeof v === 'number')).sort();
      expect(drawn, c.view.data.id).toEqual(table);
    }
  });
});

describe('the findings table', () => {
  it('has one row per finding, newest audit first, with filter values and CSV fields', () => {
    const t = findingsTable(fixture(), UNITS, nb);
    expect(t.rows.map((r) => r.id)).toEqual(['s-2019-1', 's-2019-2', 'r-1219-1']);
    expect(t.rows[0]!.filter).toEqual({ year: '2019', county: '46', municipality: '4613', theme: 'voksentjenester-fanger-opp', type: 'avvik', status: 'open', origin: 'synthetic' });
    expect(t.rows[0]!.csv).toMatchObject({ municipality: 'Bømlo', county: 'Vestland', type: 'Avvik', status: 'Åpent', legal: 'barnevernloven § 3-2', synthetic: 'ja' });
    expect(t.rows[2]!.csv.synthetic).toBe('nei');
    expect(t.rows[2]!.historic).toBe('Tilsynet gjaldt Bømlo (1219).');
  });
  it('offers only filter values that occur, translated', () => {
    const t = findingsTable(fixture(), UNITS, en);
    expect(t.options.year.map((o) => o.value)).toEqual(['2019', '2008']);
    expect(t.options.municipality).toEqual([{ value: '4613', label: 'Bømlo' }]);
    expect(t.options.type.map((o) => o.label)).toEqual(['Breach (avvik)', 'Improvement point (merknad)']);
    expect(t.options.origin.map((o) => o.value)).toEqual(['real', 'synthetic']);
  });
});

describe('findings on a municipality page', () => {
  it('says so when no audit is recorded', () => {
    const m = municipalityFindings(fixture(), '4601', UNITS, nb, 'nb');
    expect(m.audits).toEqual([]);
    expect(m.lead).toBe('Ingen tilsyn er registrert for Bergen.');
  });
  it('lists audits newest first with status, findings, and a link to the table filtered to the municipality', () => {
    const m = municipalityFindings(fixture(), '4613', UNITS, nb, 'nb');
    expect(m.audits.map((a) => a.id)).toEqual(['s-2021', 's-2019', 'r-1219']);
    expect(m.audits[0]!.status).toBe('Avsluttet 30. november 2021');
    expect(m.audits[0]!.empty).toBe('Tilsynet fant verken avvik eller merknader.');
    expect(m.audits[1]!.status).toBe('Åpent');
    expect(m.audits[1]!.findings.map((f) => [f.typeLabel, f.theme])).toEqual([['Avvik', 'voksentjenester-fanger-opp'], ['Merknad', 'ettervern']]);
    expect(m.tableHref).toBe('/tilsyn/?municipality=4613#alle-funn');
    expect(municipalityFindings(fixture(), '4613', UNITS, en, 'en').tableHref).toBe('/en/tilsyn/?municipality=4613#alle-funn');
  });
  it('maps old municipality numbers to today\'s municipality and says so: renumbered or merged', () => {
    const renumbered = municipalityFindings(fixture(), '4613', UNITS, nb, 'nb').audits[2]!;
    expect(renumbered.historic).toBe('Tilsynet gjaldt Bømlo, som da hadde kommunenummer 1219. I dag har kommunen nummer 4613.');
    const merged = municipalityFindings(fixture(), '3207', UNITS, en, 'en').audits[0]!;
    expect(merged.historic).toBe('The audit concerned Oppegård, municipality number 0217. It is part of Nordre Follo (3207) today, so the audit is listed here.');
    expect(merged.synthetic).toBe(false);
    expect(merged.empty).toBe('Breaches (avvik): 2 · Improvement points (merknader): not given in the excerpt. What the findings concerned is not in our excerpt. See the report.');
    expect(municipalityFindings(fixture(), '4613', UNITS, nb, 'nb').audits[1]!.historic).toBeNull();
  });
});
