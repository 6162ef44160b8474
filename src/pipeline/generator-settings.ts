/** Settings of the synthetic generator (data/synthetic/settings.json); every parameter is documented in data/README.md. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AGE_GROUPS, MELDER_CODES, SERVICE_GROUP_KEYS, THEMES, type ServiceGroup } from '../lib/codes.ts';

const share = z.number().min(0).max(1);
const positive = z.number().positive();
const group = z.enum(SERVICE_GROUP_KEYS as [ServiceGroup, ...ServiceGroup[]]);
const code = z.number().int().refine((c) => MELDER_CODES.includes(c), 'an SSB reporting code');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const generatorSettingsSchema = z.strictObject({
  seed: z.union([z.string().min(1), z.number().int()]),
  children: z.strictObject({ child_share: z.number().gt(0).lt(1) }),
  structure: z.strictObject({
    andre_code: code,
    structural_zeros: z.array(z.strictObject({ code, age: z.enum(AGE_GROUPS) })),
    ipf_tolerance: positive,
    ipf_max_iterations: z.number().int().positive(),
  }),
  level: z.strictObject({ sdlog: z.number().min(0), year_noise_sdlog: z.number().min(0) }),
  trend: z.strictObject({ share, slope: z.number().min(0), centre_year: z.number() }),
  propensity: z.strictObject({ sdlog: z.number().min(0), low_share: share, low_factor: share, groups: z.array(group) }),
  late: z.strictObject({ share, shift: share, groups: z.array(group) }),
  reporters: z.strictObject({ second_probability: share }),
  outcome: z.strictObject({
    group_weights: z.record(group, positive),
    municipality_sdlog: z.number().min(0),
  }),
  projection: z.strictObject({ annual_change: z.number().gt(-1).lt(1), dropped_share: share }),
  audits: z.strictObject({
    first_year: z.number().int(),
    per_year: z.number().int().min(0),
    complete_2008_campaign: z.boolean(),
    scope_themes: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
    theme_weights: z.record(z.enum(THEMES), positive),
    extra_breaches_mean: z.number().min(0),
    improvement_points_mean: z.number().min(0),
    later_outcome_shares: z.strictObject({ with_breaches: share, improvement_points_only: share, no_remarks: share }),
    closing_months: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
    status_as_of: isoDate,
    statsforvalter_from_year: z.number().int(),
    codes_created: z.array(z.strictObject({ prefix: z.string().regex(/^\d{2,4}$/), year: z.number().int() })),
  }),
});
export type GeneratorSettings = z.infer<typeof generatorSettingsSchema>;

/** Reads and validates the generator settings; errors name the file and the setting. */
export function loadGeneratorSettings(path = 'data/synthetic/settings.json'): GeneratorSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const result = generatorSettingsSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${path}: setting "${issue.path.join('.')}": ${issue.message}`);
  }
  return result.data;
}
