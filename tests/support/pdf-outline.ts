/**
 * The outline (bookmarks) of a PDF that Chromium printed with `outline: true`: each heading's title, the page it lands
 * on and its top in points from the page's bottom. Chromium writes plain, uncompressed outline and page-tree objects,
 * so a few regular expressions read them; enough to prove where a heading (and so its chart) was printed.
 */
export interface OutlineEntry { title: string; page: number; top: number }

function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const bytes = Buffer.from(raw.slice(1, -1), 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1').replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/** Page count and outline of a PDF file's bytes. */
export function pdfOutline(pdf: Buffer): { pages: number; entries: OutlineEntry[] } {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const pageIds: number[] = [];
  const walk = (id: number) => {
    const body = objects.get(id) ?? '';
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (/\/Type\s*\/Pages\b/.test(body) && kids) for (const k of kids[1]!.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    else if (/\/Type\s*\/Page\b/.test(body)) pageIds.push(id);
  };
  const root = /\/Pages\s+(\d+) 0 R/.exec(text);
  if (root) walk(Number(root[1]));
  const entries: OutlineEntry[] = [];
  for (const body of objects.values()) {
    const title = /\/Title\s*(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))/.exec(body);
    const dest = /\/Dest\s*\[\s*(\d+) 0 R\s*\/XYZ\s+[\d.-]+\s+([\d.-]+)/.exec(body);
    if (title && dest) entries.push({ title: pdfString(title[1]!).replace(/^\ufeff/, ''), page: pageIds.indexOf(Number(dest[1])) + 1, top: Number(dest[2]) });
  }
  return { pages: pageIds.length, entries };
}
