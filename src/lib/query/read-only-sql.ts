/**
 * The SQL console's gate: one statement that only reads, or a refusal that says why. The browser engine is locked as
 * well (duckdb-wasm.ts: no external access, configuration locked), but that lock does not stop DROP TABLE or INSERT on
 * the tables in memory, so this check is what keeps the console read-only; it refuses when in doubt.
 */
import { lexSql, type SqlToken } from './sql-tokens.ts';

/** The statements the console runs. */
export const READ_STATEMENTS = ['SELECT', 'WITH', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'EXPLAIN', 'PRAGMA'] as const;

/**
 * Words that make a statement write, attach, install, load, copy, set, export or create, wherever they stand outside
 * quotes: `WITH … INSERT`, `EXPLAIN ANALYZE CREATE …` and `SUMMARIZE` of anything are statements too. A column or
 * alias with one of these names has to be written in double quotes.
 */
const REFUSED_WORDS = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'CREATE', 'DROP', 'ALTER', 'ATTACH', 'DETACH', 'USE', 'INSTALL',
  'LOAD', 'COPY', 'EXPORT', 'IMPORT', 'SET', 'RESET', 'CHECKPOINT', 'VACUUM', 'CALL', 'PREPARE', 'EXECUTE', 'GRANT', 'REVOKE',
]);

/** Why a statement was refused; `word` names the word that decided it, as written. */
export type ReadOnlyRefusal =
  | { reason: 'empty' }
  | { reason: 'unterminated' }
  | { reason: 'multiple'; count: number }
  | { reason: 'statement'; word: string }
  | { reason: 'refused-word'; word: string }
  | { reason: 'pragma'; word: string };

/** `sql` is the one statement to run: comments blanked, the trailing semicolon dropped. */
export type ReadOnlyVerdict = { ok: true; sql: string } | ({ ok: false } & ReadOnlyRefusal);

function refuse(r: ReadOnlyRefusal): ReadOnlyVerdict {
  return { ok: false, ...r };
}

/** Split tokens into statements at top-level `;` (one inside quotes was never a symbol), dropping empty ones. */
function statements(tokens: SqlToken[]): SqlToken[][] {
  const out: SqlToken[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'symbol' && t.text === ';') out.push([]);
    else out.at(-1)!.push(t);
  }
  return out.filter((s) => s.length > 0);
}

/** Only `PRAGMA table_info(…)` / `PRAGMA table_info = …` reads; every other pragma may change the engine. */
function checkPragma(s: SqlToken[]): ReadOnlyRefusal | null {
  const name = s[1];
  if (name?.kind !== 'word' || name.text.toLowerCase() !== 'table_info') return { reason: 'pragma', word: name?.kind === 'word' ? name.text : 'PRAGMA' };
  return null;
}

/** Accept one read-only statement, or say why not. */
export function checkReadOnlySql(sql: string): ReadOnlyVerdict {
  const lex = lexSql(sql);
  if (lex.unterminated) return refuse({ reason: 'unterminated' });
  const all = statements(lex.tokens);
  if (all.length === 0) return refuse({ reason: 'empty' });
  if (all.length > 1) return refuse({ reason: 'multiple', count: all.length });
  const s = all[0]!;
  // `(SELECT …) UNION (SELECT …)` opens with brackets.
  const first = s.find((t) => !(t.kind === 'symbol' && t.text === '('));
  const keyword = first?.kind === 'word' ? first.text.toUpperCase() : undefined;
  if (!keyword || !(READ_STATEMENTS as readonly string[]).includes(keyword))
    return refuse({ reason: 'statement', word: first?.kind === 'word' ? first.text : sql.trim().split(/\s+/)[0] ?? '' });
  const bad = s.find((t): t is Extract<SqlToken, { kind: 'word' }> => t.kind === 'word' && REFUSED_WORDS.has(t.text.toUpperCase()));
  if (bad) return refuse({ reason: 'refused-word', word: bad.text });
  if (keyword === 'PRAGMA') {
    const p = checkPragma(s);
    if (p) return refuse(p);
  }
  // Cut away the empty statements around it: the engine gets the statement alone, positions within it kept.
  const semis = lex.tokens.filter((t) => t.kind === 'symbol' && t.text === ';').map((t) => t.start);
  const start = Math.max(0, ...semis.filter((p) => p < s[0]!.start).map((p) => p + 1));
  const end = semis.find((p) => p > s.at(-1)!.start) ?? lex.code.length;
  return { ok: true, sql: lex.code.slice(start, end).trim() };
}
