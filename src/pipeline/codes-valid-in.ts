import type { Reference } from './reference.ts';

/** Codes valid at some point in `year` according to data/reference/melder_codes.csv. */
export function codesValidIn(ref: Reference, year: number): number[] {
  return ref.melderCodes
    .filter((m) => m.valid_from <= `${year}-12-31` && (m.valid_to === null || m.valid_to >= `${year}-01-01`))
    .map((m) => m.code)
    .sort((a, b) => a - b);
}
