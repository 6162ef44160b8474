import { SERVICE_GROUP_KEYS } from '../src/lib/codes.ts';
import { LANGS } from '../src/lib/i18n/dictionaries.ts';
import { servicePage, serviceViews } from '../src/lib/views/service/service-page.ts';
import { buildShared, unitPage } from '../src/lib/views/unit-page.ts';

/** CPU and wall milliseconds of one awaited step (CPU includes GC threads, so it can exceed wall time). */
async function measure(step: () => Promise<unknown>): Promise<{ wall_ms: number; cpu_ms: number }> {
  const cpu0 = process.cpuUsage(), t0 = performance.now();
  await step();
  const cpu = process.cpuUsage(cpu0);
  return { wall_ms: Math.round(performance.now() - t0), cpu_ms: Math.round((cpu.user + cpu.system) / 1000) };
}

/**
 * What the service pages add to a build: the views of all 11 groups × 3 languages (the funnel's numbers once per
 * group), then their charts rendered, against the same work for as many municipality pages (the build makes ~1,100),
 * all after the site data are loaded, as in the build. Compare the ratio, not the milliseconds, on a shared machine.
 */
export async function benchServicePages(): Promise<Record<string, unknown>> {
  const { data } = await buildShared();
  const pairs = LANGS.flatMap((lang) => SERVICE_GROUP_KEYS.map((group) => ({ lang, group })));
  const units = data.units.filter((u) => u.level === 'kommune').slice(0, pairs.length).map((u) => u.unit);
  const views = await measure(() => Promise.all(pairs.map((p) => serviceViews(p.group, p.lang))));
  const renders = await measure(() => Promise.all(pairs.map((p) => servicePage(p.group, p.lang))));
  const reference = await measure(() => Promise.all(units.map((u) => unitPage(u, 'nb'))));
  const figures = {
    pages: pairs.length, service_views: views, service_renders: renders, municipality_pages_same_count: reference,
    cpu_ratio_to_municipality_pages: +((views.cpu_ms + renders.cpu_ms) / reference.cpu_ms).toFixed(2),
  };
  console.log(`  ${pairs.length} service pages: views ${views.cpu_ms} ms CPU, renders ${renders.cpu_ms} ms CPU; ${units.length} municipality pages: ${reference.cpu_ms} ms CPU (ratio ${figures.cpu_ratio_to_municipality_pages})`);
  return figures;
}

if (import.meta.main) await benchServicePages();
