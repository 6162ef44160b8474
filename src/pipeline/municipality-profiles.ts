import { SERVICE_GROUP_KEYS, YEARS, type ServiceGroup } from '../lib/codes.ts';
import type { GeneratorSettings } from './generator-settings.ts';
import type { Random } from './random.ts';
import type { Reference } from './reference.ts';

/** The latent traits of one synthetic municipality; the data's local story comes only from these. */
export interface MunicipalityProfile {
  kommunenummer: string;
  /** Estimated children 0–17: population × child share. */
  children: number;
  /** Reporting level relative to the nation (children-weighted mean 1). */
  level: number;
  trend: 'flat' | 'rising' | 'falling';
  /** Log change of the level per year (0 when flat). */
  slope: number;
  /** Year-to-year wobble of the level, one factor per YEARS entry. */
  yearNoise: number[];
  /** How readily each service group reports here, relative to the nation. */
  propensity: Record<ServiceGroup, number>;
  /** Groups that report little here (propensity scaled by settings.propensity.low_factor). */
  lowGroups: ServiceGroup[];
  /** School and health services here report late: their reports shift from younger ages toward 13–17. */
  late: boolean;
  /** Relative tendency to drop (henlegge) reports here. */
  droppedWeight: number;
}

/** Draws a profile for every municipality, in kommunenummer order, each trait from its own random stream. */
export function municipalityProfiles(ref: Reference, settings: GeneratorSettings, random: Random): MunicipalityProfile[] {
  const r = {
    level: random.fork('level'),
    trend: random.fork('trend'),
    noise: random.fork('year-noise'),
    propensity: random.fork('propensity'),
    late: random.fork('late'),
    dropped: random.fork('dropped'),
  };
  const { level, trend, propensity, late, outcome } = settings;
  const profiles = ref.kommuner.map((k): MunicipalityProfile => {
    const t = r.trend.next();
    const direction = t < trend.share / 2 ? 'rising' : t < trend.share ? 'falling' : 'flat';
    const factors = {} as Record<ServiceGroup, number>;
    const lowGroups: ServiceGroup[] = [];
    for (const g of SERVICE_GROUP_KEYS) {
      // Draw for every group in a fixed order so the list of groups in settings does not shift other draws.
      const spread = r.propensity.logNormal(propensity.sdlog);
      const low = r.propensity.bernoulli(propensity.low_share);
      const applies = propensity.groups.includes(g);
      factors[g] = applies ? spread * (low ? propensity.low_factor : 1) : 1;
      if (applies && low) lowGroups.push(g);
    }
    return {
      kommunenummer: k.kommunenummer,
      children: Math.max(1, Math.round(k.population * settings.children.child_share)),
      level: r.level.logNormal(level.sdlog),
      trend: direction,
      slope: direction === 'rising' ? trend.slope : direction === 'falling' ? -trend.slope : 0,
      yearNoise: YEARS.map(() => r.noise.logNormal(level.year_noise_sdlog)),
      propensity: factors,
      lowGroups,
      late: r.late.bernoulli(late.share),
      droppedWeight: r.dropped.logNormal(outcome.municipality_sdlog),
    };
  });
  const children = profiles.reduce((s, p) => s + p.children, 0);
  const mean = profiles.reduce((s, p) => s + p.children * p.level, 0) / children;
  for (const p of profiles) p.level /= mean;
  return profiles;
}
