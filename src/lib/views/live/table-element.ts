import type { ChartData } from '../../charts/chart-data.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';

/**
 * A chart's data table as DOM, the same markup as DataTable.astro, for a chart redrawn in the browser. Every cell is set
 * as text, never as markup (SEC-5); a symbol keeps its explanation for screen readers.
 */
export function tableElement(data: ChartData, caption: string, symbolText: Record<string, string>, lang: Lang, doc: Document): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const wrap = el('div', undefined, 'table-wrap');
  const table = wrap.appendChild(el('table'));
  table.appendChild(el('caption', caption));
  const head = table.appendChild(el('thead')).appendChild(el('tr'));
  for (const c of data.columns) head.appendChild(el('th', c.label, c.numeric ? 'num' : undefined)).setAttribute('scope', 'col');
  const body = table.appendChild(el('tbody'));
  for (const row of data.rows) {
    const tr = body.appendChild(el('tr'));
    data.columns.forEach((c, i) => {
      const cell = tr.appendChild(i === 0 ? el('th') : el('td', undefined, c.numeric ? 'num' : undefined));
      if (i === 0) cell.setAttribute('scope', 'row');
      const v = row[c.key];
      if (typeof v === 'number') cell.textContent = formatNumber(v, lang, c.decimals ?? 0);
      else if (v !== undefined && v in symbolText) {
        const abbr = cell.appendChild(el('abbr', v, 'symbol'));
        abbr.title = symbolText[v]!;
        cell.appendChild(el('span', symbolText[v], 'visually-hidden'));
      } else cell.textContent = v ?? '';
    });
  }
  return wrap;
}
