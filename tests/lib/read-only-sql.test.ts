import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { checkReadOnlySql } from '../../src/lib/query/read-only-sql.ts';
import { lexSql } from '../../src/lib/query/sql-tokens.ts';
import { CONSOLE_EXAMPLES } from '../../src/lib/query/console-examples.ts';

const accepted = (sql: string) => {
  const v = checkReadOnlySql(sql);
  if (!v.ok) throw new Error(`refused ${JSON.stringify(sql)}: ${JSON.stringify(v)}`);
  return v.sql;
};

describe('the SQL console accepts one statement that only reads', () => {
  it('accepts each kind of read statement, in any case and after whitespace', () => {
    for (const sql of [
      'SELECT * FROM totals', '  \n\tselect 1', 'WITH a AS (SELECT 1 AS n) SELECT n FROM a', 'DESCRIBE totals', 'describe SELECT 1',
      'SHOW TABLES', 'show all tables', 'SUMMARIZE by_age', 'EXPLAIN SELECT 1', 'explain analyze select 1',
      "PRAGMA table_info('totals')", 'pragma TABLE_INFO(units)', '(SELECT 1) UNION (SELECT 2)',
    ]) expect(accepted(sql), sql).toBe(sql.trim());
  });
  it('accepts every example query of the console', () => {
    for (const e of CONSOLE_EXAMPLES) expect(accepted(e.sql), e.id).toBe(e.sql);
  });
  it('drops a trailing semicolon and empty statements, and blanks comments without moving the text', () => {
    expect(accepted('SELECT 1;')).toBe('SELECT 1');
    expect(accepted(';; SELECT 1 ;\n;  ')).toBe('SELECT 1');
    expect(accepted('-- the count\nSELECT count(*) /* all rows */ FROM totals; -- done')).toBe('SELECT count(*)                FROM totals');
  });
  it('reads semicolons and refused words inside strings, identifiers and comments as text', () => {
    for (const sql of [
      "SELECT 'a; DROP TABLE totals' AS s", "SELECT 'it''s; fine' AS s", 'SELECT "drop; table" FROM totals',
      "SELECT E'a\\'; DROP TABLE totals' AS s", 'SELECT $$; DELETE FROM totals$$ AS s', "SELECT $x$ '; $$ INSERT $x$ AS s",
      'SELECT 1 -- ; DROP TABLE totals', 'SELECT /* ; CREATE /* nested */ TABLE x; */ 1', "SELECT 'a\\' AS s",
      'SELECT "set", "load" FROM (SELECT 1 AS "set", 2 AS "load")', 'SELECT setseed_like, reload FROM t',
    ]) expect(accepted(sql), sql).toBeTruthy();
  });
});

describe('the SQL console refuses everything else, and says why', () => {
  it('refuses statements that write, attach, install, load, copy, set, export or create', () => {
    for (const [sql, word] of [
      ['DROP TABLE totals', 'DROP'], ['insert into totals select * from totals', 'insert'], ['UPDATE totals SET reports = 0', 'UPDATE'],
      ['DELETE FROM totals', 'DELETE'], ["ATTACH 'x.duckdb' AS x", 'ATTACH'], ['INSTALL httpfs', 'INSTALL'], ['LOAD httpfs', 'LOAD'],
      ["COPY totals TO 'x.csv'", 'COPY'], ['SET enable_external_access = true', 'SET'], ["EXPORT DATABASE 'x'", 'EXPORT'],
      ['CREATE TABLE x AS SELECT 1', 'CREATE'], ['call pragma_version()', 'call'], ['VALUES (1)', 'VALUES'], ['FROM totals', 'FROM'],
    ] as const) expect(checkReadOnlySql(sql), sql).toEqual({ ok: false, reason: 'statement', word });
  });
  it('refuses a read statement that carries a write', () => {
    for (const [sql, word] of [
      ['WITH c AS (SELECT 1 AS a) INSERT INTO totals SELECT * FROM c', 'INSERT'], ['EXPLAIN ANALYZE CREATE TABLE x AS SELECT 1', 'CREATE'],
      ['explain delete from totals', 'delete'], ['SUMMARIZE (COPY totals TO \'x.csv\')', 'COPY'], ['SELECT 1 AS load', 'load'],
    ] as const) expect(checkReadOnlySql(sql), sql).toEqual({ ok: false, reason: 'refused-word', word });
  });
  it('refuses more than one statement, however they are hidden', () => {
    expect(checkReadOnlySql('SELECT 1; SELECT 2')).toEqual({ ok: false, reason: 'multiple', count: 2 });
    expect(checkReadOnlySql("SELECT 'a'; DROP TABLE totals; -- '")).toEqual({ ok: false, reason: 'multiple', count: 2 });
    expect(checkReadOnlySql('SELECT 1 /* */; /* */ SELECT 2')).toMatchObject({ ok: false, reason: 'multiple' });
  });
  it('refuses pragmas other than table_info, and text that never closes', () => {
    expect(checkReadOnlySql('PRAGMA enable_profiling')).toEqual({ ok: false, reason: 'pragma', word: 'enable_profiling' });
    expect(checkReadOnlySql('PRAGMA')).toEqual({ ok: false, reason: 'pragma', word: 'PRAGMA' });
    for (const sql of ["SELECT 'open", 'SELECT "open', 'SELECT 1 /* open', 'SELECT /* /* */ 1', 'SELECT $a$ x', "SELECT E'\\'"])
      expect(checkReadOnlySql(sql), sql).toEqual({ ok: false, reason: 'unterminated' });
  });
  it('refuses empty text and text that is only comments', () => {
    for (const sql of ['', '   ', ';', '-- nothing', '/* nothing */ ;']) expect(checkReadOnlySql(sql), sql).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('the lexer reads quotes and comments as DuckDB does', () => {
  it('agrees with DuckDB on the value of each tricky literal and on where comments end', async () => {
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    for (const [sql, value] of [
      ["SELECT E'a\\'b' AS v", "a'b"], ["SELECT 'a\\' AS v", 'a\\'], ["SELECT 'it''s' AS v", "it's"], ['SELECT $$x;y$$ AS v', 'x;y'],
      ["SELECT $t$x'$$y$t$ AS v", "x'$$y"], ['SELECT /* a /* b */ ; */ 7 AS v', 7],
    ] as const) {
      const lex = lexSql(sql);
      expect(lex.unterminated, sql).toBe(false);
      expect(lex.tokens.filter((t) => t.kind === 'symbol' && t.text === ';'), sql).toEqual([]);
      const row = (await conn.runAndReadAll(sql)).getRowObjectsJS()[0];
      expect(row?.v, sql).toBe(value);
    }
    conn.closeSync();
  });
});
