import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../src/lib/charts/chart-data.ts';
import { tableHtml } from '../../../src/lib/charts/table-html.ts';
import { tableElement } from '../../../src/lib/views/live/table-element.ts';
import { formatNumber } from '../../../src/lib/i18n/format.ts';

const symbols = { ':': 'skjult', '..': 'mangler', '.': 'ikke aktuelt' };
const data = (): ChartData => ({
  id: 't',
  columns: [{ key: 'name', label: 'Kommune <navn>' }, { key: 'n', label: 'Antall', numeric: true }, { key: 'r', label: 'Rate', numeric: true, decimals: 1 }, { key: 'note', label: 'Merknad' }],
  rows: [
    { name: 'Bø & "Hå"', n: 12345, r: 41.25, note: '<script>alert(1)</script>' },
    { name: "Sør-Odal's", n: ':', r: '..', note: '.' },
  ],
});
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
/** Each element's tag, sorted attributes and own text, in document order. */
const shape = (root: ParentNode) => [...root.querySelectorAll('*')].map((e) => ({
  tag: e.tagName.toLowerCase(), attrs: [...e.attributes].map((a) => `${a.name}=${a.value}`).sort(), text: e.children.length ? '' : e.textContent,
}));

describe('tableHtml', () => {
  it('gives the same table as the browser\'s table-element: caption, scopes, formatted numbers, symbols explained', () => {
    const html = tableHtml(data(), 'Tittel <b>', symbols, 'nb');
    const doc = parse(html);
    const dom = tableElement(data(), 'Tittel <b>', symbols, 'nb', parse('') as unknown as Document);
    expect(shape(doc.body)).toEqual(shape(parse(dom.outerHTML).body));
    expect(doc.querySelector('caption')!.textContent).toBe('Tittel <b>');
    expect([...doc.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col']);
    expect([...doc.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['Bø & "Hå"', "Sør-Odal's"]);
    expect([...doc.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual([formatNumber(12345, 'nb'), '41,3', '<script>alert(1)</script>']);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect([...doc.querySelectorAll('abbr.symbol')].map((a) => [a.textContent, a.getAttribute('title')])).toEqual([[':', 'skjult'], ['..', 'mangler'], ['.', 'ikke aktuelt']]);
    expect(tableHtml(data(), 'T', symbols, 'en')).toContain('<td class="num">12,345</td>');
  });
  it('is made once per data object, caption and language', () => {
    const d = data();
    const nb = tableHtml(d, 'T', symbols, 'nb');
    d.rows[0]!.n = 1; // the same object again: the made table is reused
    expect(tableHtml(d, 'T', symbols, 'nb')).toBe(nb);
    expect(tableHtml(d, 'T', symbols, 'nn')).toContain('<td class="num">1</td>');
    expect(tableHtml(d, 'Other', symbols, 'nb')).toContain('<caption>Other</caption>');
  });
});
