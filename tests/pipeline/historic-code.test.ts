import { describe, expect, it } from 'vitest';
import { historicCode } from '../../src/pipeline/historic-code.ts';
import { loadReference } from '../../src/pipeline/reference.ts';

const { codeChanges } = loadReference();

describe('historicCode follows code changes back from 2024', () => {
  it('keeps an unchanged code', () => {
    expect(historicCode('0301', 2010, codeChanges)).toBe('0301');
  });

  it('follows renumbering through 2024 and 2020 (Bømlo 4613 ← 4613 ← 1219)', () => {
    expect(historicCode('4613', 2024, codeChanges)).toBe('4613');
    expect(historicCode('4613', 2021, codeChanges)).toBe('4613');
    expect(historicCode('4613', 2019, codeChanges)).toBe('1219');
  });

  it('follows a 2024 renumbering (Bærum 3201 ← 3024)', () => {
    expect(historicCode('3201', 2023, codeChanges)).toBe('3024');
    expect(historicCode('3201', 2015, codeChanges)).toBe('0219');
  });

  it('gives null where a municipality has no single predecessor (merger, split)', () => {
    expect(historicCode('3207', 2019, codeChanges)).toBeNull(); // Nordre Follo = Oppegård + Ski
    expect(historicCode('1580', 2023, codeChanges)).toBeNull(); // Haram split from Ålesund in 2024
    expect(historicCode('1806', 2019, codeChanges)).toBeNull(); // Narvik took part of Tysfjord
  });
});
