/** The console's result as a table element: a caption with the row count, column headers, at most ROW_CAP rows, text only. */
import { cellText, resultColumns, ROW_CAP } from '../lib/query/console-result.ts';

/** Build the table for `rows`, captioned `caption`; numeric columns align right. */
export function resultTable(rows: readonly Record<string, unknown>[], caption: string): HTMLTableElement {
  const columns = resultColumns(rows);
  const shown = rows.slice(0, ROW_CAP);
  const numeric = new Set(columns.filter((c) => shown.some((r) => typeof r[c] === 'number') && shown.every((r) => r[c] === null || typeof r[c] === 'number')));
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const table = el('table');
  const cap = table.appendChild(el('caption', caption));
  cap.id = 'sql-caption';
  const head = table.appendChild(el('thead')).appendChild(el('tr'));
  for (const c of columns) {
    const th = head.appendChild(el('th', c, numeric.has(c) ? 'num' : undefined));
    th.scope = 'col';
  }
  const body = table.appendChild(el('tbody'));
  for (const r of shown) {
    const tr = body.appendChild(el('tr'));
    for (const c of columns) tr.appendChild(el('td', cellText(r[c]), r[c] === null ? 'null' : numeric.has(c) ? 'num' : undefined));
  }
  return table;
}
