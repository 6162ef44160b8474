import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDataCheck } from '../../../src/lib/local/local-data-check.ts';
import { describe, expect, it } from 'vitest';
import { buildLang, LocalDataError, parseLocalFile } from '../../../src/lib/local/read-local-file.ts';

const units = new Set(['0301', '1860', '5001']);
const file = (municipalities: unknown[]) => JSON.stringify({ municipalities }, null, 2);
const errorOf = (text: string, lang: 'nb' | 'nn' | 'en' = 'en') => {
  try {
    parseLocalFile(text, lang, units, 'agreed.json');
  } catch (e) {
    expect(e).toBeInstanceOf(LocalDataError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('the local data file', () => {
  it('reads the bundled example file, every entry marked as example', () => {
    const plans = parseLocalFile(readFileSync('data/local/agreed-levels.json', 'utf8'), 'nb', units);
    expect([...plans.keys()].sort()).toEqual(['0301', '1860']);
    const p = plans.get('1860')!;
    expect(p.example).toBe(true);
    expect(p.levels.map((l) => l.group)).toContain('skole');
    expect(p.events[0]).toMatchObject({ year: 2019, kind: 'forum', date: '2019-09-01' });
  });
  it('defaults missing lists and the example flag', () => {
    const plans = parseLocalFile(file([{ unit: '5001' }]), 'nb', units);
    expect(plans.get('5001')).toEqual({ example: false, levels: [], events: [] });
  });
  it('locates a bad value by its path and municipality, in the chosen language', () => {
    const text = file([{ unit: '0301', levels: [{ group: 'skole', measure: 'share', value: 20 }, { group: 'skule', measure: 'share', value: 5 }] }]);
    expect(errorOf(text, 'en')).toMatch(/agreed\.json[\s\S]*municipalities\[0\]\.levels\[1\]\.group \(municipality 0301\): unknown service group/);
    expect(errorOf(text, 'nb')).toMatch(/Bygget er stoppet[\s\S]*levels\[1\]\.group \(kommune 0301\): ukjent tjenestegruppe/);
    expect(errorOf(text, 'nn')).toMatch(/ukjend tenestegruppe/);
  });
  it('reports every problem at once: a share over 100, an unknown field, a date outside its year, a duplicate group', () => {
    const msg = errorOf(file([{
      unit: '1860', colour: 'red',
      levels: [{ group: 'skole', measure: 'share', value: 120 }, { group: 'skole', measure: 'rate', value: 5 }],
      events: [{ year: 2019, date: '2020-01-01', label: 'Forum', kind: 'forum' }],
    }]));
    expect(msg).toContain('municipalities[0] (municipality 1860): unknown field: colour');
    expect(msg).toContain('municipalities[0].levels[0].value (municipality 1860): must be at most 100');
    expect(msg).toContain('municipalities[0].events[0].date (municipality 1860): the date is not in the year given');
    expect(msg).toContain('municipalities[0].levels[1].group (municipality 1860): the service group already has a level');
  });
  it('refuses a wrong kind, an empty label, a negative rate and a fractional year', () => {
    const msg = errorOf(file([{ unit: '0301', levels: [{ group: 'politi', measure: 'rate', value: -1 }], events: [{ year: 2019.5, label: ' ', kind: 'party' }] }]));
    expect(msg).toContain('levels[0].value (municipality 0301): must be at least 0');
    expect(msg).toContain('events[0].year (municipality 0301): must be a whole year');
    expect(msg).toContain('events[0].label (municipality 0301): must be a text of 1–80 characters');
    expect(msg).toContain('events[0].kind (municipality 0301): must be forum, training, routine or other');
  });
  it('refuses municipality numbers that are malformed, retired or repeated', () => {
    expect(errorOf(file([{ unit: '301' }]))).toContain('municipalities[0].unit (municipality 301): must be a four-digit municipality number');
    expect(errorOf(file([{ unit: '1201' }]))).toContain('municipalities[0].unit: the municipality number 1201 is not in today\'s municipal structure');
    expect(errorOf(file([{ unit: '0301' }, { unit: '0301' }]))).toContain('municipalities[1].unit (municipality 0301): the municipality appears more than once');
  });
  it('gives the line and column of a JSON syntax error', () => {
    expect(errorOf('{\n  "municipalities": [\n    { "unit": "0301", }\n  ]\n}')).toMatch(/invalid JSON at line:column 3:\d+/);
  });
  it('picks the build language from the environment, bokmål by default', () => {
    expect(buildLang({ MELDINGSBILDET_LANG: 'en' })).toBe('en');
    expect(buildLang({ LANG: 'nn_NO.UTF-8' })).toBe('nn');
    expect(buildLang({ LANG: 'C.UTF-8' })).toBe('nb');
  });
});

describe('the check when Astro starts', () => {
  const run = (file: string) => () => (localDataCheck(file).hooks['astro:config:setup'] as () => void)();
  it('passes the bundled file and stops on a bad one before anything is built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'local-'));
    const bad = join(dir, 'agreed.json');
    writeFileSync(bad, JSON.stringify({ municipalities: [{ unit: '9999' }] }));
    expect(run('data/local/agreed-levels.json')).not.toThrow();
    expect(run(bad)).toThrow(/municipalities\[0\]\.unit: .*9999/);
    rmSync(dir, { recursive: true });
  });
});
