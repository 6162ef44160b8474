/**
 * A lexer for SQL text as DuckDB's (PostgreSQL's) scanner reads it, just far enough to tell code from what only looks
 * like code: `--` and nested `/* *\/` comments, '…' strings (quotes doubled; backslash escapes in E'…'), $tag$…$tag$
 * strings and "…" identifiers. Checked against DuckDB itself in tests/lib/read-only-sql.test.ts.
 */

export type SqlToken =
  /** An unquoted word: keyword or name, as written. */
  | { kind: 'word'; text: string; start: number }
  /** A string literal or quoted identifier; its content is never code. */
  | { kind: 'quoted'; start: number }
  /** Any other character outside comments and quotes: `;`, `(`, operators, digits. */
  | { kind: 'symbol'; text: string; start: number };

export interface SqlLex {
  tokens: SqlToken[];
  /** The text with every comment blanked (newlines kept), so the engine runs exactly what was read here. */
  code: string;
  /** Set when a comment, string or identifier is not closed. */
  unterminated: boolean;
}

const WORD = /[\p{L}_][\p{L}\p{N}_$]*/uy;
const DOLLAR_TAG = /\$([\p{L}_][\p{L}\p{N}_]*)?\$/uy;

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** End of a nested block comment opened at `i`, or -1 if it never closes. */
function blockCommentEnd(sql: string, i: number): number {
  let depth = 0;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) { depth++; i += 2; } else if (sql.startsWith('*/', i)) { depth--; i += 2; if (depth === 0) return i; } else i++;
  }
  return -1;
}

/** End of a quoted run opened at `i` by `q`, where a doubled `q` stands for itself; with `backslash`, `\` escapes. */
function quotedEnd(sql: string, i: number, q: string, backslash: boolean): number {
  for (let j = i + 1; j < sql.length; j++) {
    if (backslash && sql[j] === '\\') j++;
    else if (sql[j] === q) { if (sql[j + 1] === q) j++; else return j + 1; }
  }
  return -1;
}

/** Split SQL text into words, quoted runs and symbols, with comments blanked. */
export function lexSql(sql: string): SqlLex {
  const tokens: SqlToken[] = [];
  let code = '';
  let i = 0;
  const take = (end: number) => { code += sql.slice(i, end); i = end; };
  while (i < sql.length) {
    const c = sql[i]!;
    if (sql.startsWith('--', i)) {
      const nl = sql.indexOf('\n', i);
      const end = nl === -1 ? sql.length : nl;
      code += blank(sql.slice(i, end)); i = end;
    } else if (sql.startsWith('/*', i)) {
      const end = blockCommentEnd(sql, i);
      if (end === -1) return { tokens, code: code + blank(sql.slice(i)), unterminated: true };
      code += blank(sql.slice(i, end)); i = end;
    } else if (c === "'" || c === '"') {
      const end = quotedEnd(sql, i, c, false);
      if (end === -1) return { tokens, code: code + sql.slice(i), unterminated: true };
      tokens.push({ kind: 'quoted', start: i }); take(end);
    } else if ((c === 'E' || c === 'e') && sql[i + 1] === "'") {
      const end = quotedEnd(sql, i + 1, "'", true);
      if (end === -1) return { tokens, code: code + sql.slice(i), unterminated: true };
      tokens.push({ kind: 'quoted', start: i }); take(end);
    } else if (c === '$' && (DOLLAR_TAG.lastIndex = i, DOLLAR_TAG.test(sql))) {
      const tag = sql.slice(i, DOLLAR_TAG.lastIndex);
      const close = sql.indexOf(tag, DOLLAR_TAG.lastIndex);
      if (close === -1) return { tokens, code: code + sql.slice(i), unterminated: true };
      tokens.push({ kind: 'quoted', start: i }); take(close + tag.length);
    } else if ((WORD.lastIndex = i, WORD.test(sql))) {
      tokens.push({ kind: 'word', text: sql.slice(i, WORD.lastIndex), start: i }); take(WORD.lastIndex);
    } else {
      if (!/\s/.test(c)) tokens.push({ kind: 'symbol', text: c, start: i });
      take(i + 1);
    }
  }
  return { tokens, code, unterminated: false };
}
