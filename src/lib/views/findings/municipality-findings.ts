import type { Theme } from '../../codes.ts';
import type { FindingsData } from '../../findings/index-findings.ts';
import { auditCounts, historicNote } from '../../findings/audit-texts.ts';
import { fill, type Lang } from '../../i18n/format.ts';
import type { Dictionary, MessageKey } from '../../i18n/nb.ts';
import { localPath } from '../../paths.ts';
import type { TableRows } from '../../query/queries/table-rows.ts';

export interface MunicipalityFinding { id: string; theme: Theme; themeLabel: string; type: 'avvik' | 'merknad'; typeLabel: string; statement: string; legal: string }
export interface MunicipalityAudit {
  id: string; heading: string; synthetic: boolean; status: string; sourceUrl: string | null;
  /** Said when the audit was made under an earlier municipality number. */
  historic: string | null;
  findings: MunicipalityFinding[];
  /** Said instead of the list when there are no finding texts. */
  empty: string | null;
}
export interface MunicipalityFindings { name: string; lead: string; audits: MunicipalityAudit[]; tableHref: string; tableLink: string }

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const formatDate = (iso: string, lang: Lang) => {
  let f = dateFormats.get(lang);
  if (!f) dateFormats.set(lang, (f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-NO`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(`${iso}T12:00:00Z`));
};

/** A municipality's audits, newest first, as its page lists them: heading, status, old number, findings or why there are none. */
export function municipalityFindings(d: FindingsData, kommunenummer: string, units: TableRows['units'][], t: Dictionary, lang: Lang): MunicipalityFindings {
  const name = units.find((u) => u.unit === kommunenummer)?.name ?? kommunenummer;
  const audits = [...d.ofMunicipality(kommunenummer)].sort((a, b) => b.year - a.year || a.audit_id.localeCompare(b.audit_id)).map((a): MunicipalityAudit => {
    const status = a.status === 'closed' && a.closed_date
      ? fill(t['findings.unit.statusClosed'], { date: formatDate(a.closed_date, lang) })
      : t[`findings.status.${a.status}`];
    const noFindings = (a.breaches ?? 0) === 0 && (a.improvement_points ?? 0) === 0 && a.breaches !== null && a.improvement_points !== null;
    return {
      id: a.audit_id,
      heading: fill(t['findings.unit.audit'], { authority: a.authority, year: a.year }),
      synthetic: a.synthetic,
      status,
      sourceUrl: a.source_url,
      historic: historicNote(a, name, t),
      findings: a.findings.map((f) => ({
        id: f.finding_id, theme: f.theme, themeLabel: t[`theme.${f.theme}` as MessageKey], type: f.type, typeLabel: t[`findings.type.${f.type}`],
        statement: f.statement, legal: f.legal_reference,
      })),
      empty: a.findings.length > 0 ? null : noFindings ? t['findings.unit.noFindings']
        : `${auditCounts(a, t, lang)}. ${t['findings.reports.noText']}`,
    };
  });
  return {
    name,
    lead: fill(t[audits.length ? 'findings.unit.lead' : 'findings.unit.none'], { name }),
    audits,
    tableHref: `${localPath(lang, 'tilsyn/')}?municipality=${kommunenummer}#alle-funn`,
    tableLink: fill(t['findings.unit.tableLink'], { name }),
  };
}
