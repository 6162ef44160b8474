import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as Plot from '@observablehq/plot';
import { renderChart } from '../../src/lib/charts/render.ts';
import { buildDocument } from '../../src/lib/charts/build-document.ts';

export { buildDocument };

const DIR = 'tests/lib/charts/__snapshots__';

/**
 * Compare a chart's SVG with its stored snapshot. On mismatch, the new SVG is written beside it as `<name>-changed.svg`
 * and the comparison fails; a missing snapshot is written on a developer's machine but fails under CI.
 */
export function matchSvgSnapshot(name: string, options: Plot.PlotOptions): { actual: string; expected: string } {
  const actual = renderChart(options, buildDocument());
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`missing snapshot ${file}: run the tests locally and commit it`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  return { actual, expected };
}
