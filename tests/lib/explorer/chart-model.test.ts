import { describe, expect, it } from 'vitest';
import { explorerBarsSpec, type ExplorerBar } from '../../../src/lib/charts/explorer-bars.ts';
import { chartBars, chartCsv, chartCut } from '../../../src/lib/explorer/chart-model.ts';
import { EMPTY_STATE } from '../../../src/lib/explorer/state.ts';
import { formatNumber } from '../../../src/lib/i18n/format.ts';
import { buildDocument, matchSvgSnapshot } from '../../support/svg-snapshot.ts';

const opts = { width: 640, title: 'Meldinger etter hvem som meldte', summary: 'Sammendrag', xLabel: 'Meldinger', hiddenLabel: 'skjult', selectedLabel: 'valgt', format: (n: number) => formatNumber(n, 'nb') };
const bars: ExplorerBar[] = [
  { key: 'barnehage', label: 'Barnehage', reports: 1200, selected: false },
  { key: 'skole', label: 'Skole og PPT', reports: 3400, selected: true },
  { key: 'politi', label: 'Politi', reports: null, selected: false },
];

describe('the explorer charts', () => {
  it('query every filter but their own; the area chart shows the counties and the chosen areas', () => {
    const s = { ...EMPTY_STATE, units: ['0301'], years: [2024], services: ['skole' as const], ages: ['0-2' as const] };
    const yearly = { table: 'by_service' as const, time: 'year' as const, periods: [] };
    expect(chartCut('service', s, yearly, ['03', '46'])).toMatchObject({ by: 'service_group', units: ['0301'], years: [2024], services: [], ages: ['0-2'] });
    expect(chartCut('year', s, yearly, ['03'])).toMatchObject({ by: 'year', years: [], services: ['skole'] });
    expect(chartCut('unit', s, yearly, ['03', '46'])).toMatchObject({ by: 'unit', units: ['03', '46', '0301'] });
    expect(chartCut('age', s, { table: 'service_age', time: 'period', periods: ['2022-2024'] }, [])).toMatchObject({ years: [], periods: ['2022-2024'] });
  });

  it('add up only the areas given to them, except the area chart, and take a brushed range as years', () => {
    const s = { ...EMPTY_STATE, units: ['46', '4601'], range: [2019, 2020] as const };
    const yearly = { table: 'totals' as const, time: 'year' as const, periods: [] };
    expect(chartCut('service', s, yearly, ['46'], ['46'])).toMatchObject({ units: ['46'], years: [2019, 2020] });
    expect(chartCut('unit', s, yearly, ['03', '46'], ['46'])).toMatchObject({ units: ['03', '46', '4601'] });
    expect(chartCut('year', s, yearly, [], ['46'])).toMatchObject({ units: ['46'], years: [] });
    const rows = [2018, 2019, 2020].map((y) => ({ key: y, reports: 10, status: null, cells: 1 }));
    expect(chartBars('year', s, rows, String).map((b) => b.selected)).toEqual([false, true, true]);
  });

  it('mark the chosen bars and keep hidden counts as null, in the given order', () => {
    const rows = [{ key: '46', reports: 900, status: null, cells: 1 }, { key: '0301', reports: null, status: ':', cells: 1 }, { key: '03', reports: 5000, status: null, cells: 1 }];
    expect(chartBars('unit', { ...EMPTY_STATE, units: ['0301'] }, rows, (k) => `U${k}`, ['03', '46', '0301'])).toEqual([
      { key: '03', label: 'U03', reports: 5000, selected: false },
      { key: '46', label: 'U46', reports: 900, selected: false },
      { key: '0301', label: 'U0301', reports: null, selected: true },
    ]);
  });

  it('download as CSV with the selection, the synthetic label and `:` for hidden cells', () => {
    const csv = chartCsv(bars, 'År: 2024', { code: 'Kode', label: 'Tjenestegruppe', reports: 'Meldinger', status: 'Merknad', selection: 'Utvalg', synthetic: 'Syntetiske data', yes: 'ja' });
    expect(csv.split('\r\n')).toEqual([
      'Kode,Tjenestegruppe,Meldinger,Merknad,Utvalg,Syntetiske data',
      'barnehage,Barnehage,1200,,År: 2024,ja',
      'skole,Skole og PPT,3400,,År: 2024,ja',
      'politi,Politi,,:,År: 2024,ja',
      '',
    ]);
  });

  it('draw chosen bars filled and labelled, others outlined, hidden ones as labelled stubs', () => {
    const svg = buildDocument().createElement('div');
    const { actual, expected } = matchSvgSnapshot('explorer-bars-chosen-and-hidden', explorerBarsSpec(bars, opts));
    expect(actual).toBe(expected);
    svg.innerHTML = actual;
    expect(svg.querySelectorAll('g.explorer-bar-shown rect').length).toBe(2);
    expect(svg.querySelectorAll('g.explorer-bar-hidden rect').length).toBe(1);
    expect([...svg.querySelectorAll('g.explorer-bar-shown rect')].map((r) => r.getAttribute('fill'))).toEqual(['transparent', '#1f6fcb']);
    const labels = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual([formatNumber(1200, 'nb'), `${formatNumber(3400, 'nb')} ✓ valgt`, ': skjult']);
  });
});
