import { describe, expect, it } from 'vitest';
import { oldCodesOf } from '../../src/pipeline/old-codes.ts';
import { loadReference } from '../../src/pipeline/reference.ts';

describe('old municipality codes', () => {
  it('follow changes through the intermediate years', () => {
    const m = oldCodesOf(['3101'], [{ from: '0101', to: '3001' }, { from: '3001', to: '3101' }]);
    expect(m.get('3101')).toEqual(['0101', '3001']);
  });
  it('lead a split code to every municipality it became part of', () => {
    const m = oldCodesOf(['1806', '1875'], [{ from: '1850', to: '1806' }, { from: '1850', to: '1875' }]);
    expect(m.get('1806')).toEqual(['1850']);
    expect(m.get('1875')).toEqual(['1850']);
  });
  it('resolve the real code changes: Halden, Bømlo, Tysfjord and Ålesund/Haram', () => {
    const ref = loadReference();
    const m = oldCodesOf(ref.kommuner.map((k) => k.kommunenummer), ref.codeChanges);
    expect(m.get('3101')).toContain('0101');
    expect(m.get('4613')).toContain('1219');
    expect(m.get('1806')).toContain('1850');
    expect(m.get('1580')).toContain('1507');
    expect(m.get('1508')).toContain('1507');
  });
});
