import { describe, expect, it } from 'vitest';
import { periodsFor, pickSource } from '../../../src/lib/explorer/sources.ts';
import { EMPTY_STATE } from '../../../src/lib/explorer/state.ts';

describe('which table answers an explorer chart', () => {
  it('uses the yearly tables while one breakdown is filtered', () => {
    expect(pickSource('year', EMPTY_STATE)).toEqual({ table: 'totals', time: 'year', periods: [] });
    expect(pickSource('service', { ...EMPTY_STATE, years: [2024] })).toEqual({ table: 'by_service', time: 'year', periods: [] });
    expect(pickSource('year', { ...EMPTY_STATE, services: ['skole'] })).toMatchObject({ table: 'by_service' });
    expect(pickSource('unit', { ...EMPTY_STATE, ages: ['0-2'], years: [2020] })).toMatchObject({ table: 'by_age' });
    expect(pickSource('year', { ...EMPTY_STATE, outcome: 'henlagt' })).toMatchObject({ table: 'totals' });
  });

  it('leaves a chart\'s own filter out, as cross-filtering does', () => {
    expect(pickSource('service', { ...EMPTY_STATE, services: ['skole'] })).toMatchObject({ table: 'by_service' });
    expect(pickSource('age', { ...EMPTY_STATE, ages: ['0-2'] })).toMatchObject({ table: 'by_age' });
  });

  it('turns to pooled periods for service by age or outcome, only for whole periods', () => {
    expect(pickSource('age', { ...EMPTY_STATE, services: ['skole'] })).toEqual({ table: 'service_age', time: 'period', periods: [] });
    expect(pickSource('service', { ...EMPTY_STATE, outcome: 'henlagt', years: [2022, 2023, 2024] }))
      .toEqual({ table: 'service_outcome', time: 'period', periods: ['2022-2024'] });
    expect(pickSource('age', { ...EMPTY_STATE, services: ['skole'], years: [2024] })).toEqual({ unavailable: 'period' });
    expect(pickSource('year', { ...EMPTY_STATE, services: ['skole'], ages: ['0-2'] })).toEqual({ unavailable: 'combination' });
  });

  it('says when no table holds the breakdowns together', () => {
    expect(pickSource('age', { ...EMPTY_STATE, outcome: 'henlagt' })).toEqual({ unavailable: 'combination' });
    expect(pickSource('unit', { ...EMPTY_STATE, services: ['skole'], ages: ['0-2'], outcome: 'henlagt' })).toEqual({ unavailable: 'combination' });
  });

  it('breaks peer groups down like any other unit', () => {
    const s = { ...EMPTY_STATE, units: ['G3'] };
    expect(pickSource('year', s)).toMatchObject({ table: 'totals' });
    expect(pickSource('service', s)).toMatchObject({ table: 'by_service' });
    expect(pickSource('age', { ...s, services: ['skole'] })).toMatchObject({ table: 'service_age', time: 'period' });
  });

  it('maps years to whole pooled periods or to none', () => {
    expect(periodsFor([])).toEqual([]);
    expect(periodsFor([2016, 2017, 2018, 2022, 2023, 2024])).toEqual(['2016-2018', '2022-2024']);
    expect(periodsFor([2016, 2017])).toBeNull();
    expect(periodsFor([2015])).toBeNull();
  });

  it('draws nothing but the area chart when a chosen county and peer group overlap, and reads a brushed range as its years', () => {
    expect(pickSource('year', EMPTY_STATE, true)).toEqual({ unavailable: 'overlap' });
    expect(pickSource('service', EMPTY_STATE, true)).toEqual({ unavailable: 'overlap' });
    expect(pickSource('unit', EMPTY_STATE, true)).toEqual({ table: 'totals', time: 'year', periods: [] });
    expect(pickSource('age', { ...EMPTY_STATE, services: ['skole'], range: [2019, 2024] })).toEqual({ table: 'service_age', time: 'period', periods: ['2019-2021', '2022-2024'] });
  });
});
