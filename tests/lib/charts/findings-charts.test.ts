import { describe, expect, it } from 'vitest';
import { findingsBarsSpec, type FindingsBar } from '../../../src/lib/charts/findings-bars.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { formatNumber } from '../../../src/lib/i18n/format.ts';
import { buildDocument, matchSvgSnapshot } from '../../support/svg-snapshot.ts';

const opts = { width: 640, title: 'Funn etter tema', summary: 'Sammendrag', xLabel: 'Funn', format: (n: number) => formatNumber(n, 'nb') };
const real: FindingsBar[] = [['Lovbrudd (avvik)', 90], ['Bare forbedringspunkter', 13], ['Verken avvik eller merknader', 11]].map(([label, value]) => ({ label: label as string, series: 'Kommuner', value: value as number }));
const themes = ['Kjennskap til de andre tjenestene', 'Taushetsplikt og opplysningsplikt', 'Voksentjenestene fanger opp barn'];
const byTheme: FindingsBar[] = themes.flatMap((label, i) => [{ label, series: 'Avvik', value: [13, 31, 0][i]! }, { label, series: 'Merknad', value: [19, 20, 15][i]! }]);

describe('findings bar charts render as their snapshots', () => {
  const cases = {
    'findings-bars-real-2008': findingsBarsSpec(real, { ...opts, title: 'Resultatet av tilsynet i 2008', xLabel: 'Kommuner' }),
    'findings-bars-by-theme-with-zero': findingsBarsSpec(byTheme, opts),
  };
  for (const [name, spec] of Object.entries(cases))
    it(name, () => {
      const { actual, expected } = matchSvgSnapshot(name, spec);
      expect(actual).toBe(expected);
    });
});

describe('findings bar charts', () => {
  it('names the series beside each number when there is more than one, so colour is never the only cue', () => {
    const svg = renderChart(findingsBarsSpec(byTheme, opts), buildDocument());
    expect(svg).toContain('Avvik: 31');
    expect(svg).toContain('Merknad: 15');
    expect(svg).toContain('Avvik: 0');
  });
  it('labels a single series with its numbers only, and is labelled for screen readers', () => {
    const svg = renderChart(findingsBarsSpec(real, opts), buildDocument());
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-label="Funn etter tema"');
    expect(svg).toContain('>90<');
    expect(svg).not.toContain('Kommuner: 90');
  });
  it('refuses more series than it has distinguishable colours', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((series) => ({ label: 'x', series, value: 1 }));
    expect(() => findingsBarsSpec(many, opts)).toThrow(/at most 4/);
  });
});
