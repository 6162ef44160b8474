import { z } from 'zod';
import type { Query } from '../run-query.ts';

const row = z.object({ year: z.number().int(), reports: z.number().int(), source: z.string() });
export type SsbNationalRow = z.infer<typeof row>;

/** SSB's real national number of reports of concern per year (all outcomes). */
export function ssbNationalSeries(): Query<SsbNationalRow> {
  return { name: 'ssbNationalSeries', schema: row, sql: `SELECT year, reports, source FROM ssb_national WHERE outcome = 'alle' ORDER BY year` };
}
