import { describe, expect, it } from 'vitest';
import { chooseRange, effectiveYears, EMPTY_STATE, parseExplorerState, serialiseExplorerState, toggleValue, type ExplorerState } from '../../../src/lib/explorer/state.ts';

const known = new Set(['0301', '4601', '03', '46', 'G3']);
const full: ExplorerState = { units: ['0301', '46'], years: [2019, 2024], services: ['barnehage', 'politi'], ages: ['13-17'], outcome: 'henlagt', range: null };

describe('the explorer state in the URL', () => {
  it('serialises the empty state as no query string, and reads it back', () => {
    expect(serialiseExplorerState(EMPTY_STATE)).toBe('');
    expect(parseExplorerState('', known)).toEqual({ state: EMPTY_STATE, rejected: [] });
  });

  it('round-trips a full state through a readable, canonical query string', () => {
    const text = serialiseExplorerState(full);
    expect(text).toBe('?units=0301,46&years=2019,2024&services=barnehage,politi&ages=13-17&outcome=henlagt');
    expect(parseExplorerState(text, known)).toEqual({ state: full, rejected: [] });
  });

  it('puts values in code-list order and drops duplicates, so one view has one URL', () => {
    const { state } = parseExplorerState('?services=politi,barnehage,politi&years=2024,2019&units=46,0301', known);
    expect(serialiseExplorerState(state)).toBe('?units=0301,46&years=2019,2024&services=barnehage,politi');
  });

  it('reads the repeated parameters the form sends without JavaScript', () => {
    expect(parseExplorerState('?years=2019&years=2020&ages=0-2&outcome=undersokt', known).state)
      .toEqual({ ...EMPTY_STATE, years: [2019, 2020], ages: ['0-2'], outcome: 'undersokt' });
  });

  it('rejects a whole parameter with any bad value and names it, keeping the good parameters', () => {
    const cases: [string, string][] = [
      ['?units=0301,9999', 'units'], ["?units=0301'--", 'units'], ['?years=2014', 'years'], ['?years=20x4', 'years'],
      ['?services=skole,kino', 'services'], ['?ages=0-3', 'ages'], ['?outcome=alt', 'outcome'], ['?outcome=', 'outcome'],
    ];
    for (const [search, param] of cases) {
      const { state, rejected } = parseExplorerState(`${search}&ages=13-17`, known);
      expect(rejected, search).toEqual([param]);
      expect(state[param as keyof ExplorerState], search).toEqual(EMPTY_STATE[param as keyof ExplorerState]);
      if (param !== 'ages') expect(state.ages, search).toEqual(['13-17']);
    }
  });

  it('toggles a value on and off in canonical order', () => {
    const on = toggleValue(EMPTY_STATE, 'services', 'politi');
    const both = toggleValue(on, 'services', 'barnehage');
    expect(both.services).toEqual(['barnehage', 'politi']);
    expect(toggleValue(both, 'services', 'politi').services).toEqual(['barnehage']);
    expect(toggleValue(EMPTY_STATE, 'years', 2024).years).toEqual([2024]);
    expect(toggleValue({ ...EMPTY_STATE, units: ['46'] }, 'units', '0301').units).toEqual(['0301', '46']);
  });

  it('keeps a brushed range of years in the URL, and the years it lets through', () => {
    const s = chooseRange({ ...EMPTY_STATE, ages: ['0-2'] }, 2021, 2018);
    expect(s.range).toEqual([2018, 2021]);
    expect(serialiseExplorerState(s)).toBe('?ages=0-2&range=2018-2021');
    expect(parseExplorerState('?ages=0-2&range=2018-2021', known)).toEqual({ state: s, rejected: [] });
    expect(effectiveYears(s)).toEqual([2018, 2019, 2020, 2021]);
    expect(effectiveYears(EMPTY_STATE)).toEqual([]);
    for (const bad of ['2021-2018', '2014-2016', '2018', '2018-20x0']) expect(parseExplorerState(`?range=${bad}`, known).rejected, bad).toEqual(['range']);
  });

  it('lets a range keep only the chosen years inside it, and a year chosen outside it drop the range', () => {
    expect(chooseRange({ ...EMPTY_STATE, years: [2016, 2019] }, 2018, 2020)).toMatchObject({ years: [2019], range: [2018, 2020] });
    const ranged = chooseRange(EMPTY_STATE, 2018, 2020);
    expect(toggleValue(ranged, 'years', 2019)).toMatchObject({ years: [2018, 2020], range: [2018, 2020] });
    expect(toggleValue(ranged, 'years', 2024)).toMatchObject({ years: [2018, 2019, 2020, 2024], range: null });
    expect(parseExplorerState('?years=2016&range=2018-2020', known).state).toMatchObject({ years: [2016], range: null });
  });
});
