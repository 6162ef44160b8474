/** Number formats per language: Norwegian uses a space as thousands separator and a decimal comma. */
export type Lang = 'nb' | 'nn' | 'en';

const locales: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/** A count or rate formatted for the language, with a fixed number of decimals. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  const key = `${lang}|${decimals}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(value);
}

/** Fill `{name}` placeholders in a message. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
