/**
 * The findings table's filters (FindingsTable.astro): show the form, read the query string, hide rows that do not match,
 * announce how many are shown, keep the URL in step (replaceState) and offer the rows shown as CSV. No engine, no fetch.
 */
import { FINDINGS_CSV_FIELDS, findingsCsv, type FindingsCsvRow } from '../lib/findings/findings-csv.ts';
import { FILTER_KEYS, filterQuery, readFilter, rowMatches, type FilterKey, type FindingsFilter } from '../lib/findings/findings-filter.ts';
import { fill } from '../lib/i18n/format.ts';

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-findings-form]')!;
  const status = root.querySelector<HTMLElement>('[data-findings-count]')!;
  const csv = root.querySelector<HTMLAnchorElement>('[data-findings-csv]')!;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const header = JSON.parse(root.dataset.csvHeader ?? '{}') as FindingsCsvRow;
  const select = (k: FilterKey) => form.elements.namedItem(k) as HTMLSelectElement;
  const offered = (k: FilterKey, v: string) => [...select(k).options].some((o) => o.value === v);
  const field = (tr: HTMLElement, f: string) => {
    const el = tr.querySelector<HTMLElement>(`[data-f="${f}"]`);
    return el ? (el.dataset.v ?? el.textContent ?? '').trim() : '';
  };

  const apply = (filter: FindingsFilter) => {
    const shown = rows.filter((tr) => {
      const match = rowMatches(tr.dataset as Partial<Record<FilterKey, string>>, filter);
      tr.hidden = !match;
      return match;
    });
    status.textContent = fill(root.dataset.countMsg ?? '', { shown: shown.length, total: rows.length });
    const text = findingsCsv(header, shown.map((tr) => Object.fromEntries(FINDINGS_CSV_FIELDS.map((f) => [f, field(tr, f)])) as FindingsCsvRow));
    // A data: URL, so the download is part of the page and nothing is fetched.
    csv.href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${text}`)}`;
    history.replaceState(history.state, '', `${location.pathname}${filterQuery(filter)}${location.hash}`);
  };
  const fromForm = (): FindingsFilter => Object.fromEntries(FILTER_KEYS.map((k) => [k, select(k).value]).filter(([, v]) => v));

  const initial = readFilter(new URLSearchParams(location.search), offered);
  for (const k of FILTER_KEYS) select(k).value = initial[k] ?? '';
  form.hidden = false;
  root.querySelector<HTMLElement>('[data-needs-js]')!.hidden = true;
  form.addEventListener('change', () => apply(fromForm()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(fromForm());
  });
  form.addEventListener('reset', () => setTimeout(() => apply(fromForm())));
  apply(initial);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-findings]')) start(root);
