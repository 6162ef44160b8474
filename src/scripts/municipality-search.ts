/**
 * The municipality type-ahead: turns each `form[data-municipality-search]` into an ARIA 1.2 combobox with a listbox
 * (arrow keys move, Enter opens, Esc closes then clears) and a live region that counts the matches. The search index
 * is fetched from this site on first focus; until then, and if it fails, the form submits to the list of all municipalities.
 */
import { fill } from '../lib/i18n/format.ts';
import { matchMunicipality, type MunicipalityMatch } from '../lib/search/match-municipality.ts';
import type { SearchEntry } from '../lib/search/search-index.ts';

const LIMIT = 8;
type Messages = Record<'none' | 'one' | 'many' | 'capped' | 'oldCode' | 'loading' | 'failed', string>;
let index: Promise<SearchEntry[]> | undefined;

function loadIndex(url: string): Promise<SearchEntry[]> {
  index ??= fetch(url, { credentials: 'same-origin' }).then(async (r) => {
    const data: unknown = r.ok ? await r.json() : null;
    if (!Array.isArray(data)) throw new Error(`search index ${url}: ${r.status}`);
    return data as SearchEntry[];
  }).catch((e: unknown) => { index = undefined; throw e; });
  return index;
}

function setup(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  if (!input || !list || !status) return;
  const m = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const base = form.dataset.base ?? '/kommune/';
  let entries: SearchEntry[] | undefined;
  let matches: MunicipalityMatch[] = [];
  let total = 0;
  let active = -1;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  const go = (match: MunicipalityMatch) => location.assign(`${base}${match.entry.unit}/`);
  const option = (match: MunicipalityMatch, i: number) => {
    const li = document.createElement('li');
    li.id = `${list.id}-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === active));
    const { name, official, county, unit } = match.entry;
    const details = [county, unit, match.oldCode ? fill(m.oldCode, { code: match.oldCode }) : ''].filter(Boolean);
    const small = document.createElement('small');
    small.textContent = details.join(' · ');
    li.append(official ? `${name} (${official})` : name, small);
    li.addEventListener('mousedown', (e) => e.preventDefault());
    li.addEventListener('click', () => go(match));
    return li;
  };
  const render = () => {
    list.replaceChildren(...matches.map(option));
    const open = matches.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const announce = () => {
    status.textContent = input.value.trim() === '' ? ''
      : total === 0 ? m.none : total === 1 ? m.one
      : fill(total > matches.length ? m.capped : m.many, { count: total, shown: matches.length });
  };
  const update = () => {
    if (!entries) {
      if (input.value.trim() !== '') status.textContent = m.loading;
      return;
    }
    ({ matches, total } = matchMunicipality(entries, input.value, LIMIT));
    active = -1;
    render();
    announce();
  };
  const close = () => {
    matches = [];
    active = -1;
    render();
  };

  input.addEventListener('focus', () => {
    loadIndex(form.dataset.index ?? '/sok/kommuner.json').then((e) => { entries = e; if (input.value) update(); })
      .catch(() => { status.textContent = m.failed; });
  });
  input.addEventListener('input', update);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    const chosen = matches[active];
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) update();
      if (matches.length === 0 || e.altKey) return;
      const n = matches.length;
      active = e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n : active) - 1;
      render();
    } else if (e.key === 'Enter' && chosen) {
      e.preventDefault();
      go(chosen);
    } else if (e.key === 'Escape') {
      if (matches.length > 0) close();
      else { input.value = ''; status.textContent = ''; }
    }
  });
  form.addEventListener('submit', (e) => {
    if (!entries || input.value.trim() === '') return;
    const r = matchMunicipality(entries, input.value, LIMIT);
    if (r.total === 0) return;
    e.preventDefault();
    if (r.total === 1 && r.matches[0]) go(r.matches[0]);
    else { update(); input.focus(); }
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-municipality-search]')) setup(form);
