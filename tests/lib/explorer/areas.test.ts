import { describe, expect, it } from 'vitest';
import { summedAreas } from '../../../src/lib/explorer/areas.ts';

// Bergen and Voss in Vestland (46); Oslo is its own county (03); Bergen and Oslo in peer group G7, Voss in G3.
const parents = new Map([['4601', ['46', 'G7']], ['4621', ['46', 'G3']], ['0301', ['03', 'G7']]]);

describe('which chosen areas the explorer adds up', () => {
  it('leaves out a municipality inside a chosen county or peer group, and says which', () => {
    expect(summedAreas(['46', '4601', '0301'], parents)).toEqual({ units: ['46', '0301'], dropped: ['4601'], overlap: false });
    expect(summedAreas(['G7', '4601', '4621'], parents)).toEqual({ units: ['G7', '4621'], dropped: ['4601'], overlap: false });
  });

  it('keeps areas that do not contain each other, and the country when nothing is chosen', () => {
    expect(summedAreas(['4601', '4621', '03'], parents)).toEqual({ units: ['4601', '4621', '03'], dropped: [], overlap: false });
    expect(summedAreas([], parents)).toEqual({ units: [], dropped: [], overlap: false });
  });

  it('flags a county and a peer group that share a municipality, but not ones that share none', () => {
    expect(summedAreas(['46', 'G7'], parents).overlap).toBe(true);
    expect(summedAreas(['03', 'G3'], parents).overlap).toBe(false);
    expect(summedAreas(['46', 'G7', '4601'], parents)).toMatchObject({ dropped: ['4601'], overlap: true });
  });
});
