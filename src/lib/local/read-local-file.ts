import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { DICTIONARIES } from '../i18n/dictionaries.ts';
import { fill, type Lang } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/nb.ts';
import { localFileSchema } from './local-file-schema.ts';
import type { LocalPlan } from './local-plan.ts';

export const LOCAL_FILE = 'data/local/agreed-levels.json';

/** A local data file that cannot be used: the message names the file, the place in it and what is wrong, in one language. */
export class LocalDataError extends Error {
  override name = 'LocalDataError';
}

/** The language of build messages: MELDINGSBILDET_LANG, else the shell's LANG (nn, nb/no), else bokmål. */
export function buildLang(env: Record<string, string | undefined> = process.env): Lang {
  const tag = (env.MELDINGSBILDET_LANG ?? env.LANG ?? '').toLowerCase();
  return tag.startsWith('en') ? 'en' : tag.startsWith('nn') ? 'nn' : 'nb';
}

const where = (path: PropertyKey[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(rot)';

function issueText(issue: z.core.$ZodIssue, t: Dictionary): string {
  const field = String(issue.path.findLast((p) => typeof p === 'string') ?? '');
  if (issue.code === 'custom') return t[`local.error.${issue.message}` as keyof Dictionary] ?? issue.message;
  if (issue.code === 'unrecognized_keys') return fill(t['local.error.unknownKey'], { keys: issue.keys.join(', ') });
  const numeric = (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number';
  if (numeric && issue.code === 'too_big') return fill(t['local.error.tooBig'], { max: String(issue.maximum) });
  if (numeric && issue.code === 'too_small') return fill(t['local.error.tooSmall'], { min: String(issue.minimum) });
  const specific = t[`local.error.field.${field}` as keyof Dictionary];
  return specific ?? t['local.error.invalid'];
}

function syntaxLocation(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `${lc[1]}:${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return '?';
  const before = text.slice(0, Number(pos[1])).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/**
 * Parse the local data file's text into each municipality's plan. Every problem is reported at once, located by its
 * path in the file (and the municipality), in the given language; unknown municipality numbers are refused too.
 */
export function parseLocalFile(text: string, lang: Lang, knownUnits: ReadonlySet<string>, file = LOCAL_FILE): Map<string, LocalPlan> {
  const t = DICTIONARIES[lang];
  const fail = (lines: string[]) => new LocalDataError(`${fill(t['local.error.title'], { file })}\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw fail([fill(t['local.error.syntax'], { at: syntaxLocation(text, (e as Error).message) })]);
  }
  const parsed = localFileSchema.safeParse(raw);
  const unitOf = (path: PropertyKey[]) => {
    const ms = (raw as { municipalities?: { unit?: unknown }[] })?.municipalities;
    const m = path[0] === 'municipalities' && typeof path[1] === 'number' && Array.isArray(ms) ? ms[path[1]] : undefined;
    return typeof m?.unit === 'string' ? ` (${fill(t['local.error.unit'], { unit: m.unit })})` : '';
  };
  if (!parsed.success) throw fail(parsed.error.issues.map((i) => `${where(i.path)}${unitOf(i.path)}: ${issueText(i, t)}`));
  const unknown = parsed.data.municipalities.flatMap((m, i) => (knownUnits.has(m.unit) ? [] : [`municipalities[${i}].unit: ${fill(t['local.error.unknownUnit'], { unit: m.unit })}`]));
  if (unknown.length) throw fail(unknown);
  return new Map(parsed.data.municipalities.map((m) => [m.unit, {
    example: m.example,
    levels: m.levels.map((l) => ({ group: l.group as LocalPlan['levels'][number]['group'], measure: l.measure, value: l.value, note: l.note })),
    // In time order, as the rate chart numbers them and as mergePlans orders the meeting's.
    events: [...m.events].sort((a, b) => a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '')),
  }]));
}

/** Read the local data file if there is one (none means no plans); a bad file stops the build with a located message. */
export function readLocalFile(knownUnits: ReadonlySet<string>, lang: Lang = buildLang(), file = LOCAL_FILE): Map<string, LocalPlan> {
  if (!existsSync(file)) return new Map();
  return parseLocalFile(readFileSync(file, 'utf8'), lang, knownUnits, file);
}
