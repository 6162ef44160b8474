import { describe, expect, it } from 'vitest';
import { mergePlans, type LocalPlan } from '../../../src/lib/local/local-plan.ts';
import { parseUrlPlan, serialiseUrlPlan } from '../../../src/lib/local/url-state.ts';

describe('the meeting state in the URL', () => {
  it('reads levels and events, an event label keeping its underscores and spaces', () => {
    const { plan, rejected } = parseUrlPlan('?niva=skole_share_20.5&niva=voksentjenester_rate_4&hendelse=2019-09-01_forum_Forum+med+skole_og_PPT&hendelse=2021_training_Kurs');
    expect(rejected).toEqual([]);
    expect(plan.levels).toEqual([{ group: 'skole', measure: 'share', value: 20.5 }, { group: 'voksentjenester', measure: 'rate', value: 4 }]);
    expect(plan.events).toEqual([
      { year: 2019, date: '2019-09-01', kind: 'forum', label: 'Forum med skole_og_PPT' },
      { year: 2021, kind: 'training', label: 'Kurs' },
    ]);
  });
  it('round-trips through its canonical form, keeping other parameters and ordering levels by service group', () => {
    const plan = {
      levels: [{ group: 'politi' as const, measure: 'share' as const, value: 12.25 }, { group: 'barnehage' as const, measure: 'rate' as const, value: 3 }],
      events: [{ year: 2020, label: 'Ny rutine & mer', kind: 'routine' as const }],
    };
    const search = serialiseUrlPlan(plan, '?x=1');
    expect(search).toBe('?x=1&niva=barnehage_rate_3&niva=politi_share_12.25&hendelse=2020_routine_Ny+rutine+%26+mer');
    const back = parseUrlPlan(search);
    expect(back.rejected).toEqual([]);
    expect(back.plan.levels).toEqual([plan.levels[1], plan.levels[0]]);
    expect(back.plan.events).toEqual(plan.events);
    expect(serialiseUrlPlan({ levels: [], events: [] })).toBe('');
  });
  it.each([
    ['an unknown group', '?niva=skule_share_20'],
    ['an unknown measure', '?niva=skole_prosent_20'],
    ['a share over 100', '?niva=skole_share_100.5'],
    ['a negative or non-numeric value', '?niva=skole_rate_-3'],
    ['a value in exponent form', '?niva=skole_rate_1e3'],
    ['a missing part', '?niva=skole_share'],
    ['the same group twice', '?niva=skole_share_20&niva=skole_rate_5'],
  ])('rejects the whole level parameter for %s', (_, search) => {
    const { plan, rejected } = parseUrlPlan(`${search}&niva=politi_rate_2&hendelse=2020_other_Ok`);
    expect(rejected).toEqual(['niva']);
    expect(plan.levels).toEqual([]);
    expect(plan.events).toHaveLength(1);
  });
  it.each([
    ['an unknown kind', '?hendelse=2020_party_Fest'],
    ['an impossible date', '?hendelse=2020-13-45_forum_X'],
    ['a year out of range', '?hendelse=1820_forum_X'],
    ['an empty label', '?hendelse=2020_forum_%20'],
    ['a label over 80 characters', `?hendelse=2020_forum_${'x'.repeat(81)}`],
  ])('rejects the whole event parameter for %s', (_, search) => {
    const { plan, rejected } = parseUrlPlan(`${search}&hendelse=2021_training_Kurs`);
    expect(rejected).toEqual(['hendelse']);
    expect(plan.events).toEqual([]);
  });
});

describe('merging the file and the meeting', () => {
  const file: LocalPlan = {
    example: true,
    levels: [{ group: 'skole', measure: 'share', value: 20 }, { group: 'politi', measure: 'rate', value: 2 }],
    events: [{ year: 2021, label: 'Kurs', kind: 'training' }],
  };
  it('lets a level from the meeting replace the file\'s for its group and adds the meeting\'s events in time order', () => {
    const m = mergePlans(file, { levels: [{ group: 'skole', measure: 'rate', value: 9 }], events: [{ year: 2019, label: 'Forum', kind: 'forum' }, { year: 2021, label: 'Kurs', kind: 'training' }] });
    expect(m.levels).toEqual([{ group: 'skole', measure: 'rate', value: 9 }, { group: 'politi', measure: 'rate', value: 2 }]);
    expect(m.events.map((e) => e.label)).toEqual(['Forum', 'Kurs']);
    expect(m.example).toBe(true);
  });
});
