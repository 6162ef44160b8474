import { existsSync } from 'node:fs';

/** The built site the browser and build tests read; `npm test` builds it first. */
export const DIST = process.env.MB_DIST ?? 'dist';

/** Fail with a clear message when the site has not been built. */
export function requireBuiltSite(): string {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ has no built site: run npm run build (npm test does it for you)`);
  return DIST;
}
