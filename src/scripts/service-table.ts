/**
 * Search and sort a prerendered chart table (the service pages' list of municipalities): the tools rendered hidden by
 * ServiceTableTools move in front of the table; every column header becomes a sort button (aria-sort says the order);
 * the search keeps rows whose name or county contains the text, and a live region says how many are shown.
 * Hidden cells (`:`) sort last in both directions and are never read as numbers.
 */
for (const tools of document.querySelectorAll<HTMLElement>('[data-table-tools]')) {
  const table = document.querySelector<HTMLTableElement>(`figure#${tools.dataset.tableTools} table`);
  const body = table?.tBodies[0];
  if (!table || !body) continue;
  table.closest('.table-wrap')?.before(tools);
  tools.hidden = false;
  const lang = document.documentElement.lang;
  const rows = [...body.rows];
  const input = tools.querySelector('input')!, status = tools.querySelector('.status')!;
  const fill = (s: string, v: Record<string, number | string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => String(v[k] ?? m));

  /** A cell's sort key: null when hidden or missing, a number for numeric columns, else its text. */
  const key = (cell: HTMLTableCellElement | undefined, numeric: boolean): number | string | null => {
    if (!cell || cell.querySelector('abbr.symbol')) return null;
    const text = cell.textContent?.trim() ?? '';
    if (!numeric) return text;
    const n = Number(lang === 'en' ? text.replace(/,/g, '') : text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  };

  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, col) => {
    const label = th.textContent?.trim() ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = label;
    button.title = fill(tools.dataset.sort ?? '', { column: label });
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of headers) h.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.classList.contains('num');
      const keyed = rows.map((r) => ({ r, k: key(r.cells[col], numeric) }));
      keyed.sort((a, b) => {
        if (a.k === null || b.k === null) return a.k === null ? (b.k === null ? 0 : 1) : -1;
        const d = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), lang);
        return ascending ? d : -d;
      });
      body.append(...keyed.map((x) => x.r));
    });
  });

  input.addEventListener('input', () => {
    const q = input.value.trim().toLocaleLowerCase(lang);
    let shown = 0;
    for (const r of rows) {
      const hay = `${r.cells[0]?.textContent ?? ''} ${r.cells[1]?.textContent ?? ''}`.toLocaleLowerCase(lang);
      r.hidden = q !== '' && !hay.includes(q);
      if (!r.hidden) shown++;
    }
    status.textContent = fill(tools.dataset.count ?? '', { shown, total: rows.length });
  });
}
