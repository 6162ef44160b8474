import { DICTIONARIES } from '../i18n/dictionaries.ts';
import type { Lang } from '../i18n/format.ts';
import type { Dictionary } from '../i18n/nb.ts';
import { readManifest } from '../release/read-manifest.ts';
import type { Manifest } from '../schemas/published.ts';

/** What every frame page needs: the language's dictionary and the release manifest (synthetic or not). */
export function siteFrame(lang: Lang): { t: Dictionary; manifest: Manifest; synthetic: boolean } {
  const manifest = readManifest();
  return { t: DICTIONARIES[lang], manifest, synthetic: manifest.synthetic };
}
