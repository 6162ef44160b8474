/**
 * The SQL console: checks the statement (read-only-sql.ts) before anything else, starts the browser engine on the
 * first run with its progress shown, runs the one statement and shows the result as a table with a CSV download.
 * Every outcome (progress, result, refusal, error) is said in the one live region, in the page's language.
 */
import { fill, formatNumber, type Lang } from '../lib/i18n/format.ts';
import { onEngineState, startEngine } from '../lib/query/browser-engine.ts';
import { consoleCsv, ROW_CAP } from '../lib/query/console-result.ts';
import { checkReadOnlySql, type ReadOnlyRefusal } from '../lib/query/read-only-sql.ts';
import type { ConsoleMessages } from './sql-console-messages.ts';
import { resultTable } from './sql-result-table.ts';

type Row = Record<string, unknown>;

function refusalText(m: ConsoleMessages, r: ReadOnlyRefusal): string {
  switch (r.reason) {
    case 'empty': return m['refused.empty'];
    case 'unterminated': return m['refused.unterminated'];
    case 'multiple': return fill(m['refused.multiple'], { count: r.count });
    case 'statement': return fill(m['refused.statement'], { word: r.word });
    case 'refused-word': return fill(m['refused.word'], { word: r.word });
    case 'pragma': return fill(m['refused.pragma'], { word: r.word });
  }
}

function setup(section: HTMLElement): void {
  const form = section.querySelector('form');
  const input = section.querySelector('textarea');
  const run = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
  const bar = section.querySelector('progress');
  const status = section.querySelector<HTMLElement>('[role="status"]');
  const result = section.querySelector<HTMLElement>('.sql-result');
  const wrap = result?.querySelector<HTMLElement>('.table-wrap');
  const capped = result?.querySelector<HTMLElement>('.capped');
  const download = result?.querySelector<HTMLButtonElement>('[data-download]');
  if (!form || !input || !run || !bar || !status || !result || !wrap || !capped || !download) return;
  const m = JSON.parse(section.dataset.messages ?? '{}') as ConsoleMessages;
  const synthetic = JSON.parse(section.dataset.synthetic ?? 'null') as { label: string; value: string } | null;
  const lang = (document.documentElement.lang || 'nb') as Lang;
  let busy = false;
  let rows: Row[] = [];
  section.hidden = false;

  const say = (text: string, detail?: string) => {
    status.classList.toggle('error', detail !== undefined);
    status.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
    if (detail !== undefined) status.appendChild(document.createElement('pre')).textContent = detail;
  };
  const setBusy = (b: boolean) => { busy = b; run.setAttribute('aria-disabled', String(b)); };

  onEngineState((s) => {
    bar.hidden = !(s.phase === 'engine' || s.phase === 'data');
    if (s.phase === 'engine') {
      if (s.total > 0) bar.value = (0.9 * s.loaded) / s.total; else bar.removeAttribute('value');
      if (status.textContent !== m.engine) say(m.engine);
    } else if (s.phase === 'data') {
      bar.value = 0.9 + (0.1 * s.done) / s.total;
      say(fill(m.data, { done: s.done, total: s.total }));
    }
  });

  const show = (next: Row[]) => {
    rows = next;
    const n = formatNumber(rows.length, lang);
    const caption = rows.length === 0 ? m['rows.none'] : rows.length === 1 ? m['rows.one'] : fill(m['rows.many'], { rows: n });
    wrap.replaceChildren(resultTable(rows, caption));
    capped.hidden = rows.length <= ROW_CAP;
    capped.textContent = fill(m.capped, { shown: formatNumber(ROW_CAP, lang), rows: n });
    result.hidden = false;
    say(capped.hidden ? caption : `${caption} ${capped.textContent}`);
  };

  const execute = async () => {
    if (busy) return;
    const verdict = checkReadOnlySql(input.value);
    if (!verdict.ok) {
      result.hidden = true;
      say(m.refused, refusalText(m, verdict));
      return;
    }
    setBusy(true);
    try {
      const engine = await startEngine().catch((e: unknown) => {
        say(fill(m.startError, { message: e instanceof Error ? e.message : String(e) }));
        return undefined;
      });
      if (!engine) return;
      say(m.running);
      try {
        show(await engine.query(verdict.sql));
      } catch (e) {
        result.hidden = true;
        say(m.error, e instanceof Error ? e.message : String(e));
      }
    } finally {
      setBusy(false);
    }
  };

  form.addEventListener('submit', (e) => { e.preventDefault(); void execute(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void execute(); }
  });
  download.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([consoleCsv(rows, synthetic)], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: m.fileName });
    a.click();
    // Revoked later, not at once: a download that has not started yet would lose its file.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-insert]')) {
    b.hidden = false;
    b.addEventListener('click', () => {
      input.value = b.dataset.insert ?? '';
      input.focus();
      say(m.inserted);
    });
  }
}

for (const section of document.querySelectorAll<HTMLElement>('section[data-sql-console]')) setup(section);
