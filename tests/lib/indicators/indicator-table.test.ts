import { describe, expect, it } from 'vitest';
import { nb } from '../../../src/lib/i18n/nb.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { indicatorJudgements } from '../../../src/lib/indicators/indicator-judgements.ts';
import { indicatorTable } from '../../../src/lib/indicators/indicator-table.ts';
import { unitIndicators } from '../../../src/lib/indicators/unit-indicators.ts';
import { unitContext } from '../../../src/lib/views/unit/unit-context.ts';
import { fakeSiteData } from '../../support/fake-site-data.ts';

const data = fakeSiteData({
  't|0301|2024|alle': 100, 't|03|2024|alle': 100, 't|G7|2024|alle': 100, 't|NO|2024|alle': 200,
  's|0301|2024|barnehage': 10, 's|03|2024|barnehage': 10, 's|NO|2024|barnehage': 10,
  's|0301|2024|skole': 30, 's|03|2024|skole': 28, 's|NO|2024|skole': 30, 's|0301|2024|politi': null, 's|03|2024|politi': 9, 's|NO|2024|politi': 20,
  'so|0301|2022-2024|helse|henlagt': 0, 'so|0301|2022-2024|helse|undersokt': 0,
});

describe('an indicator as a table', () => {
  it('shows value, interval and each judgement in words with the comparison’s value; the year goes in the caption', () => {
    const ctx = unitContext(data, '0301', nb, 'nb');
    const table = indicatorTable(ctx, unitIndicators(data, '0301'), 'service-share', 'Oslo');
    expect(table.time).toBe('2024');
    // The peer group publishes no breakdown by service, so it gets no column of "not published".
    expect(table.columns.map((c) => c.key)).toEqual(['label', 'value', 'interval', 'fylke', 'land']);
    expect(table.rows.find((r) => r.label === 'Skole og PPT')).toEqual({
      label: 'Skole og PPT', value: 30, interval: '21,2–40,0', fylke: 'ingen klar forskjell (28,0\u00a0%)', land: 'høyere (15,0\u00a0%)',
    });
    expect(indicatorTable(ctx, unitIndicators(data, '0301'), 'level', 'Oslo').columns.map((c) => c.key)).toEqual(['label', 'value', 'interval', 'fylke', 'gruppe', 'land']);
  });
  it('shows a hidden value as ":" and a share of no reports as "."; never a number', () => {
    const ctx = unitContext(data, '0301', en, 'en');
    const xs = unitIndicators(data, '0301');
    const politi = indicatorTable(ctx, xs, 'service-share', 'Oslo').rows.find((r) => r.label === 'Police')!;
    expect(politi).toMatchObject({ value: ':', interval: ':', fylke: 'too few to say (9.0%)', land: 'too few to say (10.0%)' });
    const helse = indicatorTable(ctx, xs, 'dropped-share', 'Oslo').rows.find((r) => r.label === 'GP, hospital and dentist')!;
    expect(helse).toMatchObject({ value: '.', interval: '.' });
  });
  it('keeps a column of years or periods when the rows differ', () => {
    const ctx = unitContext(data, '0301', nb, 'nb');
    const table = indicatorTable(ctx, unitIndicators(data, '0301'), 'dropped-share', 'Oslo');
    expect(table.time).toBeNull();
    expect(table.rows[0]).toMatchObject({ label: 'Alle meldinger', time: '2024' });
    expect(table.rows[1]).toMatchObject({ time: '2022–2024 samlet' });
  });
});

describe('short judgements for links to an indicator', () => {
  it('say only what the judgement against the country says, and nothing for an indicator without one voice', () => {
    const counts = { 't|0301|2024|alle': 30, 't|03|2024|alle': 50, 't|G7|2024|alle': 50, 't|NO|2024|alle': 50 };
    const d = fakeSiteData(counts);
    const short = indicatorJudgements(unitContext(d, '0301', nb, 'nb'), unitIndicators(d, '0301'));
    expect(short.level).toBe('Lavere enn landet.'); // 30 per 1,000: [20.2, 42.8] against 50
    expect(short.trend).toBe('For få til å si.'); // the earlier years are not published
    expect(short['service-share']).toBeUndefined();
    expect(short['dropped-share']).toBe('Alle meldinger: for få til å si.'); // no dropped count published
    expect(short['late-reporting']).toBeUndefined(); // no service breakdowns published
    const none = indicatorJudgements(unitContext(d, '0301', en, 'en'), unitIndicators(fakeSiteData({ ...counts, 't|0301|2024|alle': 52 }), '0301'));
    expect(none.level).toBe('No clear difference from the country.');
  });
  it('name the group each judgement is about where the indicator has two', () => {
    const P = '2022-2024';
    const d = fakeSiteData({ 's|0301|2024|barnehage': 1, 's|NO|2024|barnehage': 1, 't|0301|2024|alle': 100, 't|NO|2024|alle': 100, 't|0301|2024|henlagt': 20, 't|NO|2024|henlagt': 40,
      [`sa|0301|${P}|skole|13-17`]: 40, [`so|0301|${P}|skole|henlagt`]: 50, [`so|0301|${P}|skole|undersokt`]: 50,
      [`sa|NO|${P}|skole|13-17`]: 20, [`so|NO|${P}|skole|henlagt`]: 50, [`so|NO|${P}|skole|undersokt`]: 50 });
    const short = indicatorJudgements(unitContext(d, '0301', nb, 'nb'), unitIndicators(d, '0301'));
    expect(short['late-reporting']).toBe('Skole og PPT: høyere enn landet. Lege, sykehus og tannlege: for få til å si.');
    expect(short['dropped-share']).toBe('Alle meldinger: lavere enn landet.');
  });
});
