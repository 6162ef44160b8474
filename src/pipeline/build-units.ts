import type { Level } from '../lib/codes.ts';
import { LAST_YEAR } from '../lib/codes.ts';
import type { ChildrenRow } from '../lib/schemas/source.ts';
import { PEER_GROUPS, peerGroupOf } from '../lib/peer-groups.ts';
import { oldCodesOf, type CodeLink } from './old-codes.ts';

export interface Unit {
  level: Level;
  unit: string;
  name: string;
  fylkesnummer: string | null;
  peer_group: string | null;
  /** Municipality codes the unit is the sum of (itself for a municipality). */
  members: string[];
  /** A point inside the municipality (WGS84), for dots on maps; null for aggregates. */
  lon: number | null;
  lat: number | null;
  /** Kartverket's official name where it differs (Sami, Kven and multilingual forms), and earlier codes that lead here. */
  name_official: string | null;
  old_codes: string[];
}

interface KommuneRef { kommunenummer: string; name: string; fylkesnummer: string; label_lon?: number; label_lat?: number; name_official?: string }
interface FylkeRef { fylkesnummer: string; name: string }

export const COUNTRY = 'NO';

/** Every unit the release set is published for: the country, counties, peer groups and municipalities, in that order. */
export function buildUnits(kommuner: KommuneRef[], fylker: FylkeRef[], children: ChildrenRow[], links: CodeLink[] = []): Unit[] {
  const old = oldCodesOf(kommuner.map((k) => k.kommunenummer), links);
  const latest = new Map(children.filter((c) => c.year === LAST_YEAR).map((c) => [c.kommunenummer, c.children]));
  const groupOf = (k: string) => {
    const n = latest.get(k);
    if (n === undefined) throw new Error(`no children estimate for municipality ${k} in ${LAST_YEAR}`);
    return peerGroupOf(n);
  };
  const codes = kommuner.map((k) => k.kommunenummer).sort();
  const units: Unit[] = [{ level: 'land', unit: COUNTRY, name: 'Norge', fylkesnummer: null, peer_group: null, members: codes, lon: null, lat: null, name_official: null, old_codes: [] }];
  for (const f of [...fylker].sort((a, b) => a.fylkesnummer.localeCompare(b.fylkesnummer))) {
    const members = kommuner.filter((k) => k.fylkesnummer === f.fylkesnummer).map((k) => k.kommunenummer).sort();
    units.push({ level: 'fylke', unit: f.fylkesnummer, name: f.name, fylkesnummer: f.fylkesnummer, peer_group: null, members, lon: null, lat: null, name_official: null, old_codes: [] });
  }
  for (const g of PEER_GROUPS) {
    const members = codes.filter((k) => groupOf(k) === g.key);
    if (members.length > 0) units.push({ level: 'gruppe', unit: g.key, name: g.key, fylkesnummer: null, peer_group: g.key, members, lon: null, lat: null, name_official: null, old_codes: [] });
  }
  for (const k of [...kommuner].sort((a, b) => a.kommunenummer.localeCompare(b.kommunenummer))) {
    units.push({ level: 'kommune', unit: k.kommunenummer, name: k.name, fylkesnummer: k.fylkesnummer, peer_group: groupOf(k.kommunenummer), members: [k.kommunenummer], lon: k.label_lon ?? null, lat: k.label_lat ?? null,
      name_official: k.name_official && k.name_official !== k.name ? k.name_official : null, old_codes: old.get(k.kommunenummer) ?? [] });
  }
  return units;
}
