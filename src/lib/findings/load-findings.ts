import { buildDb } from '../query/build-db.ts';
import { auditRows, auditSummaryRows, findingRows } from '../query/queries/audit-tables.ts';
import { runQuery } from '../query/run-query.ts';
import { indexFindings, type FindingsData } from './index-findings.ts';

let loaded: Promise<FindingsData> | undefined;

/** The published audits, findings and campaign summaries, queried once per build and indexed. */
export function loadFindings(): Promise<FindingsData> {
  loaded ??= (async () => {
    const db = await buildDb();
    const [audits, findings, summaries] = await Promise.all([runQuery(db, auditRows()), runQuery(db, findingRows()), runQuery(db, auditSummaryRows())]);
    return indexFindings(audits, findings, summaries);
  })();
  return loaded;
}
