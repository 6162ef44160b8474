import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { buildLang, LOCAL_FILE, readLocalFile } from './read-local-file.ts';

/** Today's municipality numbers, from the reference list the pipeline reads (first column of data/reference/kommuner.csv). */
function referenceMunicipalities(file = 'data/reference/kommuner.csv'): Set<string> {
  return new Set(readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.slice(0, line.indexOf(','))));
}

/**
 * Checks the local data file when Astro starts, before any page is rendered or written: a bad file stops `astro build`
 * (and `astro dev`) with its located messages, so a build never leaves half a site behind.
 */
export function localDataCheck(file = LOCAL_FILE): AstroIntegration {
  return {
    name: 'meldingsbildet:local-data-check',
    hooks: { 'astro:config:setup': () => { readLocalFile(referenceMunicipalities(), buildLang(), file); } },
  };
}
