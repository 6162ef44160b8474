import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface CountyProperties { fylkesnummer: string; name: string }
export type County = Feature<Polygon | MultiPolygon, CountyProperties>;
export type Counties = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4).refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'ring is not closed');
const polygon = z.array(ring).min(1);
const county = z.object({
  type: z.literal('Feature'),
  properties: z.object({ fylkesnummer: z.string().regex(/^\d{2}$/), name: z.string().min(1) }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: polygon }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
  ]),
});

/** Twice the signed planar area of a lon/lat ring: negative when clockwise (y up). */
const signedArea2 = (r: number[][]) => r.reduce((s, p, i) => (i === 0 ? s : s + (r[i - 1]![0]! * p[1]! - p[0]! * r[i - 1]![1]!)), 0);

const counties = z.object({ type: z.literal('FeatureCollection'), features: z.array(county).min(1) }).superRefine((fc, ctx) => {
  const seen = new Set<string>();
  fc.features.forEach((f, i) => {
    if (seen.has(f.properties.fylkesnummer)) ctx.addIssue({ code: 'custom', path: ['features', i], message: `duplicate county ${f.properties.fylkesnummer}` });
    seen.add(f.properties.fylkesnummer);
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    // d3/Plot read a counter-clockwise exterior as "the globe minus the county": the committed file must be rewound.
    if (polys.some((p) => signedArea2(p[0]!) > 0))
      ctx.addIssue({ code: 'custom', path: ['features', i], message: `county ${f.properties.fylkesnummer} has a counter-clockwise exterior ring (not rewound for d3)` });
  });
});

const loaded = new Map<string, Counties>();

/**
 * The county outlines for the map (data/reference/geo/fylker.geo.json by default), read and validated once per path
 * and process, so every page gets the same object (the map replays its projected outlines per object; see
 * map-geometry.ts). Throws a located error on a bad file.
 */
export function loadCounties(path = 'data/reference/geo/fylker.geo.json'): Counties {
  const cached = loaded.get(path);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read county outlines: ${(e as Error).message}`);
  }
  const parsed = counties.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path}: not valid county outlines: ${first}`);
  }
  const result = parsed.data as Counties;
  loaded.set(path, result);
  return result;
}
