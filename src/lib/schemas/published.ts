/** The published tables: their columns, kinds and zod row schemas. Both engines and the CSV downloads use these names. */
import { z } from 'zod';

type Kind = 'string' | 'string?' | 'int' | 'int?' | 'float?' | 'bool';
type Columns = Record<string, Kind>;

const place = { level: 'string', unit: 'string' } as const;
const hidden = { reports: 'int?', status: 'string?' } as const;

/** Column kinds of every published table. `status` is ':' where a count is hidden, null where it is published. */
export const PUBLISHED_TABLES = {
  totals: { ...place, year: 'int', outcome: 'string', ...hidden, children: 'int', children_estimated: 'bool', rate_per_1000: 'float?' },
  by_age: { ...place, year: 'int', age_group: 'string', ...hidden },
  by_service: { ...place, year: 'int', service_group: 'string', ...hidden },
  service_age: { ...place, period: 'string', service_group: 'string', age_group: 'string', ...hidden },
  service_outcome: { ...place, period: 'string', service_group: 'string', outcome: 'string', ...hidden },
  units: { ...place, name: 'string', name_official: 'string?', old_codes: 'string?', fylkesnummer: 'string?', peer_group: 'string?', children: 'int', children_estimated: 'bool', lon: 'float?', lat: 'float?' },
  ssb_national: { year: 'int', outcome: 'string', reports: 'int', source: 'string' },
  audits: {
    audit_id: 'string', authority: 'string', kommunenummer: 'string', kommunenummer_historic: 'string', kommunenavn_historic: 'string',
    year: 'int', period_start: 'string?', period_end: 'string?', themes: 'string', status: 'string', closed_date: 'string?',
    breaches: 'int?', improvement_points: 'int?', source_url: 'string?', synthetic: 'bool',
  },
  findings: { finding_id: 'string', audit_id: 'string', type: 'string', theme: 'string', statement: 'string', legal_reference: 'string', synthetic: 'bool' },
  audit_summaries: { year: 'int', audited: 'int', with_breaches: 'int', improvement_points_only: 'int', no_remarks: 'int', source: 'string', source_url: 'string', synthetic: 'bool' },
} as const satisfies Record<string, Columns>;

export type PublishedTableName = keyof typeof PUBLISHED_TABLES;
export const PUBLISHED_TABLE_NAMES = Object.keys(PUBLISHED_TABLES) as PublishedTableName[];
/** Tables of counts that went through disclosure control. */
export const SUPPRESSED_TABLES = ['totals', 'by_age', 'by_service', 'service_age', 'service_outcome'] as const satisfies readonly PublishedTableName[];

type KindType<K extends Kind> = K extends 'string' ? string : K extends 'string?' ? string | null : K extends 'int' ? number
  : K extends 'int?' | 'float?' ? number | null : boolean;
export type PublishedRow<T extends PublishedTableName> = { [C in keyof (typeof PUBLISHED_TABLES)[T]]: KindType<(typeof PUBLISHED_TABLES)[T][C] & Kind> };

const zodOf: Record<Kind, z.ZodType> = {
  string: z.string(),
  'string?': z.string().nullable(),
  int: z.number().int(),
  'int?': z.number().int().nonnegative().nullable(),
  'float?': z.number().nullable(),
  bool: z.boolean(),
};

/** A strict zod schema for one row of a published table. */
export function publishedRowSchema<T extends PublishedTableName>(table: T): z.ZodType<PublishedRow<T>> {
  const cols = PUBLISHED_TABLES[table] as Columns;
  return z.strictObject(Object.fromEntries(Object.entries(cols).map(([name, kind]) => [name, zodOf[kind]]))) as unknown as z.ZodType<PublishedRow<T>>;
}

/** The manifest written beside the tables. */
export const manifestSchema = z.strictObject({
  name: z.literal('meldingsbildet'),
  synthetic: z.boolean(),
  source: z.string(),
  generated_at: z.string(),
  threshold: z.number().int().positive(),
  seed: z.union([z.string(), z.number()]).nullable(),
  years: z.array(z.number().int()),
  projected_years: z.array(z.number().int()),
  periods: z.array(z.string()),
  audit: z.strictObject({ cells: z.number(), hidden: z.number(), primary: z.number(), secondary: z.number(), ok: z.boolean() }),
  tables: z.array(z.strictObject({
    name: z.string(), rows: z.number().int(), arrow: z.string(), csv: z.string(), arrow_bytes: z.number().int(), csv_bytes: z.number().int(),
    columns: z.record(z.string(), z.string()),
  })),
});
export type Manifest = z.infer<typeof manifestSchema>;
