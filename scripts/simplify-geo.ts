/**
 * Dev-time: turn Kartverket's county boundaries (robhop/fylker-og-kommuner, CC BY 4.0) into the small GeoJSON the site
 * commits and builds from: data/reference/geo/fylker.geo.json. See data/reference/geo/SOURCE.md.
 *
 *   npx node scripts/simplify-geo.ts [input.topojson] [output.geo.json]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { feature } from 'topojson-client';
import { filter, filterWeight, presimplify, quantile, simplify, type Triangle } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const INPUT = process.argv[2] ?? '/work/shared/data/geo/Fylker-S.topojson';
const OUTPUT = process.argv[3] ?? 'data/reference/geo/fylker.geo.json';
/** Keep this fraction of the arc points with the largest visual weight (topology-preserving: shared borders stay shared; `quantile` sorts weights descending). */
const KEEP = 0.1;
/** Drop islands and lakes smaller than this (km², roughly); every county keeps its mainland. */
const MIN_RING_KM2 = 15;
const DECIMALS = 3;

const KM_PER_DEG = 111.32;
const cosLat = (lat: number) => Math.cos((lat * Math.PI) / 180);
// Weights in km² rather than degrees², so the north (where a degree of longitude is short) is not over-kept.
const triangleKm2 = ([a, b, c]: Triangle) =>
  (Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2) * KM_PER_DEG ** 2 * cosLat((a[1] + b[1] + c[1]) / 3);
const ringKm2 = (ring: [number, number][]) => {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return (Math.abs(s) / 2) * KM_PER_DEG ** 2 * cosLat(ring[0]![1]);
};

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Round, drop repeated points, and reverse: d3/Plot (spherical) want exteriors clockwise; the source is RFC 7946 (counter-clockwise). */
function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!), round(p[1]!)];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length < 4) return null; // a ring needs three distinct points plus the closing one
  return out.reverse();
}

function cleanPolygon(rings: Position[][]): Position[][] | null {
  const [outer, ...holes] = rings.map(cleanRing);
  if (!outer) return null;
  return [outer, ...holes.filter((h): h is Position[] => h !== null)];
}

const topo = JSON.parse(readFileSync(INPUT, 'utf8')) as Topology<{ Fylker: GeometryCollection<{ fylkesnummer: string; name: string }> }>;
const pre = presimplify(topo, triangleKm2);
const simplified = simplify(pre, quantile(pre, KEEP));
const filtered = filter(simplified, filterWeight(simplified, MIN_RING_KM2, ringKm2));
const source = feature(filtered, filtered.objects.Fylker as GeometryCollection<{ fylkesnummer: string; name: string }>);

const features: Feature<Polygon | MultiPolygon, { fylkesnummer: string; name: string }>[] = [];
for (const f of source.features) {
  const g = f.geometry as Polygon | MultiPolygon | null;
  if (!g) throw new Error(`county ${f.properties.fylkesnummer} vanished in simplification: lower MIN_RING_KM2`);
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(cleanPolygon).filter((p): p is Position[][] => p !== null);
  if (polys.length === 0) throw new Error(`county ${f.properties.fylkesnummer} has no ring left after rounding`);
  const geometry: Polygon | MultiPolygon = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
  features.push({ type: 'Feature', properties: { fylkesnummer: f.properties.fylkesnummer, name: f.properties.name }, geometry });
}
features.sort((a, b) => a.properties.fylkesnummer.localeCompare(b.properties.fylkesnummer));

const out: FeatureCollection = { type: 'FeatureCollection', features };
const text = JSON.stringify(out);
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, text + '\n');
const points = features.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
console.log(`${OUTPUT}: ${features.length} counties, ~${points} points, ${(text.length / 1024).toFixed(1)} KB`);
