import type { APIRoute } from 'astro';
import { loadUnits } from '../../lib/search/load-units.ts';
import { searchIndex } from '../../lib/search/search-index.ts';

/** The type-ahead's search index: every municipality with its names, county and old codes, built from the units table. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchIndex(await loadUnits())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
