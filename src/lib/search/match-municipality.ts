import type { SearchEntry } from './search-index.ts';

/** A municipality that matches a query, with the earlier code that matched when the match was by old code. */
export interface MunicipalityMatch {
  entry: SearchEntry;
  oldCode?: string;
}

/** The matches for a query, best first, at most `limit` of them, and how many matched in all. */
export interface MatchResult {
  matches: MunicipalityMatch[];
  total: number;
}

// Letters of Sami and Kven names that Unicode does not decompose into a base letter and a mark.
const LETTERS: Record<string, string> = { đ: 'd', ŋ: 'n', ŧ: 't', ʒ: 'z', ǯ: 'z' };

/**
 * Lower case without accents, so "Porsangu" finds "Porsáŋgu", but with æ, ø and å kept: they are letters of their own
 * in Norwegian, not a with a ring.
 */
export function foldName(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').toLocaleLowerCase('nb')) {
    if (ch === 'æ' || ch === 'ø' || ch === 'å') out += ch;
    else out += LETTERS[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out.replace(/[\s\u2010-\u2015-]+/g, ' ').trim();
}

/** A looser form for queries typed without æ, ø and å ("Tromso" finds "Tromsø", "Baerum" finds "Bærum"). */
export function looseName(folded: string): string {
  return folded.replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'a');
}

const wordStart = (text: string, at: number) => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);

/** How well `query` occurs in `text`: 0 at the start, 1 at a word start, 2 inside a word, undefined when absent. */
function place(text: string, query: string): number | undefined {
  let best: number | undefined;
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    const rank = at === 0 ? 0 : wordStart(text, at) ? 1 : 2;
    if (best === undefined || rank < best) best = rank;
  }
  return best;
}

function rankByName(e: SearchEntry, q: string): number | undefined {
  const names = [e.name, e.official ?? ''].map(foldName);
  const strict = names.map((n) => place(n, q)).filter((r) => r !== undefined);
  if (strict.length > 0) return 2 + Math.min(...strict);
  if (/[æøå]/.test(q)) return undefined;
  const loose = names.map((n) => place(looseName(n), q)).filter((r) => r !== undefined);
  return loose.length > 0 ? 5 + Math.min(...loose) : undefined;
}

function rankByCode(e: SearchEntry, q: string): { rank: number; oldCode?: string } | undefined {
  if (e.unit === q) return { rank: 0 };
  const old = e.oldCodes.find((c) => c === q);
  if (old) return { rank: 1, oldCode: old };
  if (e.unit.startsWith(q)) return { rank: 2 };
  const prefix = e.oldCodes.find((c) => c.startsWith(q));
  return prefix ? { rank: 3, oldCode: prefix } : undefined;
}

/**
 * Municipalities matching a name (any official form, case and accents ignored) or a code (current or earlier; one
 * old code can lead to several municipalities when it was split). Codes need at least two digits.
 */
export function matchMunicipality(entries: readonly SearchEntry[], query: string, limit = 10): MatchResult {
  const q = foldName(query.slice(0, 100));
  if (q === '') return { matches: [], total: 0 };
  const isCode = /^\d+$/.test(q);
  if (isCode && q.length < 2) return { matches: [], total: 0 };
  const ranked: { rank: number; match: MunicipalityMatch }[] = [];
  for (const entry of entries) {
    if (isCode) {
      const r = rankByCode(entry, q);
      if (r) ranked.push({ rank: r.rank, match: r.oldCode ? { entry, oldCode: r.oldCode } : { entry } });
    } else {
      const rank = rankByName(entry, q);
      if (rank !== undefined) ranked.push({ rank, match: { entry } });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || a.match.entry.name.localeCompare(b.match.entry.name, 'nb'));
  return { matches: ranked.slice(0, limit).map((r) => r.match), total: ranked.length };
}
