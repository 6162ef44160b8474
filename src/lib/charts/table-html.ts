import type { ChartData } from './chart-data.ts';
import { formatNumber, type Lang } from '../i18n/format.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
/** Text as HTML text or attribute value, escaped as Astro escapes it. */
const esc = (s: string) => s.replace(/[&<>'"]/g, (c) => ESCAPES[c]!);

const made = new WeakMap<ChartData, Map<string, string>>();

/**
 * A chart's data table as HTML (DataTable.astro's markup; the browser's live charts build the same with
 * views/live/table-element.ts): caption, `th[scope]`, numbers formatted for the language, and each SSB symbol with its
 * explanation for screen readers. Every text is escaped (SEC-5). Made once per data object, caption and language:
 * the funnel's and map's tables (357 rows) are the same object on every unit page of a language.
 */
export function tableHtml(data: ChartData, caption: string, symbolText: Record<string, string>, lang: Lang): string {
  let byText = made.get(data);
  if (!byText) made.set(data, (byText = new Map()));
  const key = `${lang}\n${caption}`;
  let html = byText.get(key);
  if (html === undefined) byText.set(key, (html = render(data, caption, symbolText, lang)));
  return html;
}

function render(data: ChartData, caption: string, symbolText: Record<string, string>, lang: Lang): string {
  const num = (c: ChartData['columns'][number]) => (c.numeric ? ' class="num"' : '');
  let out = `<div class="table-wrap"><table><caption>${esc(caption)}</caption><thead><tr>`;
  for (const c of data.columns) out += `<th scope="col"${num(c)}>${esc(c.label)}</th>`;
  out += '</tr></thead><tbody>';
  for (const row of data.rows) {
    out += '<tr>';
    data.columns.forEach((c, i) => {
      const v = row[c.key];
      const content = typeof v === 'number' ? esc(formatNumber(v, lang, c.decimals ?? 0))
        : v !== undefined && v in symbolText ? `<abbr class="symbol" title="${esc(symbolText[v]!)}">${esc(v)}</abbr><span class="visually-hidden">${esc(symbolText[v]!)}</span>`
        : esc(v ?? '');
      out += i === 0 ? `<th scope="row">${content}</th>` : `<td${num(c)}>${content}</td>`;
    });
    out += '</tr>';
  }
  return `${out}</tbody></table></div>`;
}
