import type { Lang } from '../i18n/format.ts';
import { localPath } from '../paths.ts';
import { splitOldCodes, type UnitRow } from './search-index.ts';

/** An earlier municipality code and the current municipalities it became (several when it was split). */
export interface OldCodePage {
  code: string;
  targets: { unit: string; name: string }[];
}

/** Every old code in units.old_codes that is not itself a current code, with its successors, sorted by code. */
export function oldCodePages(units: readonly UnitRow[]): OldCodePage[] {
  const municipalities = units.filter((u) => u.level === 'kommune');
  const current = new Set(municipalities.map((u) => u.unit));
  const byCode = new Map<string, OldCodePage>();
  for (const u of municipalities)
    for (const code of splitOldCodes(u.old_codes)) {
      if (current.has(code)) continue;
      const page = byCode.get(code) ?? { code, targets: [] };
      if (!page.targets.some((t) => t.unit === u.unit)) page.targets.push({ unit: u.unit, name: u.name });
      byCode.set(code, page);
    }
  const pages = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const p of pages) p.targets.sort((a, b) => a.unit.localeCompare(b.unit));
  return pages;
}

/** Where an old code's page sends the reader at once: its one successor's page, or nowhere when the code was split. */
export function oldCodeRedirect(page: OldCodePage, lang: Lang): string | undefined {
  const [only, ...rest] = page.targets;
  return only && rest.length === 0 ? localPath(lang, `kommune/${only.unit}/`) : undefined;
}
