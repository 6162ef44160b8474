import { SERVICE_GROUP_KEYS, type ServiceGroup } from '../../codes.ts';
import type { Lang } from '../../i18n/format.ts';
import { localPath, type Route } from '../../paths.ts';

/** A service group's page route, e.g. `tjeneste/skole/`. */
export const serviceRoute = (group: ServiceGroup): Route => `tjeneste/${group}/`;

/** Static paths for every service group's page, for Astro's getStaticPaths. */
export const servicePaths = () => SERVICE_GROUP_KEYS.map((group) => ({ params: { group } }));

/** Where a service page's chart CSV lives for a language. */
export const serviceDownloadPath = (lang: Lang, group: ServiceGroup, chartId: string) => `/nedlasting/tjeneste/${lang}/${group}/${chartId}.csv`;

/** The link to a service group's page in a language. */
export const servicePath = (lang: Lang, group: ServiceGroup) => localPath(lang, serviceRoute(group));
