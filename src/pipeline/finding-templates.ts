import type { Theme } from '../lib/codes.ts';

/** A statement a synthetic finding can make, with the legal reference that applied from a given year. */
export interface FindingTemplate {
  theme: Theme;
  type: 'avvik' | 'merknad';
  statement: string;
  /** Latest entry with `from` ≤ the audit year applies. Improvement points (merknad) are not breaches: no reference. */
  legal: { from: number; ref: string }[];
}

// Acts in force: barnevernloven 1992 until 2022, barnevernsloven from 2023; helse- og omsorgstjenesteloven from 2012
// (before: kommunehelsetjenesteloven, sosialtjenesteloven 1991); helsepersonelloven § 10a from 2010;
// forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten from 2017.
const DUTY_TO_REPORT = [
  { from: 2008, ref: 'helsepersonelloven § 33 og barnevernloven § 6-4' },
  { from: 2023, ref: 'helsepersonelloven § 33 og barnevernsloven § 13-2' },
];
const COOPERATION = [
  { from: 2008, ref: 'barnevernloven § 3-2' },
  { from: 2012, ref: 'barnevernloven § 3-2 og helse- og omsorgstjenesteloven § 3-4' },
  { from: 2023, ref: 'helse- og omsorgstjenesteloven § 3-4' },
];
const MANAGEMENT = [
  { from: 2008, ref: 'forskrift om internkontroll i sosial- og helsetjenesten § 4' },
  { from: 2017, ref: 'forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten §§ 6–9' },
];

/** The statements synthetic findings are drawn from (bokmål, one line each); at least one per theme and type. */
export const FINDING_TEMPLATES: FindingTemplate[] = [
  { theme: 'kjennskap-tjenester', type: 'avvik', statement: 'Kommunen har ikke sikret at ansatte i helse- og sosialtjenesten kjenner barneverntjenestens oppgaver og hvordan den kontaktes.', legal: MANAGEMENT },
  { theme: 'kjennskap-tjenester', type: 'merknad', statement: 'Opplæringen av nyansatte om de andre tjenestenes ansvar og oppgaver bør følges bedre opp.', legal: [] },
  { theme: 'kjennskap-tjenester', type: 'merknad', statement: 'Oversikten over kontaktpersoner i de andre tjenestene er ikke oppdatert.', legal: [] },
  { theme: 'taushetsplikt-meldeplikt', type: 'avvik', statement: 'Kommunen har ikke sikret at ansatte kjenner og etterlever opplysningsplikten til barneverntjenesten.', legal: DUTY_TO_REPORT },
  { theme: 'taushetsplikt-meldeplikt', type: 'avvik', statement: 'Ansatte i NAV-kontoret vet ikke sikkert når taushetsplikten må vike for opplysningsplikten.', legal: DUTY_TO_REPORT },
  { theme: 'taushetsplikt-meldeplikt', type: 'merknad', statement: 'Rutinen for å melde bekymring til barneverntjenesten er lite kjent blant ansatte.', legal: [] },
  { theme: 'samarbeidsfora', type: 'avvik', statement: 'Kommunen har ikke etablert faste samarbeidsarenaer mellom barneverntjenesten, helsetjenesten og NAV.', legal: COOPERATION },
  { theme: 'samarbeidsfora', type: 'merknad', statement: 'Samarbeidsmøtene mellom tjenestene er lite forpliktende og har ikke faste deltakere.', legal: [] },
  {
    theme: 'voksentjenester-fanger-opp', type: 'avvik',
    statement: 'Tjenester for voksne med psykiske lidelser eller rusproblemer kartlegger ikke om brukerne har mindreårige barn.',
    legal: [{ from: 2008, ref: 'helsepersonelloven § 33' }, { from: 2010, ref: 'helsepersonelloven § 10a' }],
  },
  { theme: 'voksentjenester-fanger-opp', type: 'avvik', statement: 'NAV-kontoret fanger ikke systematisk opp barn i familier som mottar økonomisk stønad.', legal: DUTY_TO_REPORT },
  { theme: 'voksentjenester-fanger-opp', type: 'merknad', statement: 'Det er uklart hvem som følger opp barn av brukere i voksentjenestene.', legal: [] },
  {
    theme: 'fastlege-deltakelse', type: 'avvik', statement: 'Kommunen har ikke sikret at fastlegene deltar i samarbeidet om utsatte barn.',
    legal: [{ from: 2008, ref: 'forskrift om fastlegeordning i kommunene' }, { from: 2012, ref: 'helse- og omsorgstjenesteloven § 3-4' }],
  },
  { theme: 'fastlege-deltakelse', type: 'merknad', statement: 'Fastlegene deltar sjelden i ansvarsgrupper for barn med sammensatte behov.', legal: [] },
  {
    theme: 'individuell-plan', type: 'avvik', statement: 'Barn med behov for langvarige og koordinerte tjenester får ikke tilbud om individuell plan.',
    legal: [
      { from: 2008, ref: 'kommunehelsetjenesteloven § 6-2a og sosialtjenesteloven § 4-3a' },
      { from: 2012, ref: 'helse- og omsorgstjenesteloven § 7-1' },
    ],
  },
  { theme: 'individuell-plan', type: 'merknad', statement: 'Arbeidet med individuelle planer er ikke koordinert mellom tjenestene.', legal: [] },
  {
    theme: 'tiltaksplan', type: 'avvik', statement: 'Tiltaksplanene for hjelpetiltak beskriver ikke samarbeidet med andre tjenester.',
    legal: [{ from: 2008, ref: 'barnevernloven § 4-5' }, { from: 2023, ref: 'barnevernsloven, krav til tiltaksplan' }],
  },
  { theme: 'tiltaksplan', type: 'merknad', statement: 'Tiltaksplanene blir ikke evaluert til fastsatt tid.', legal: [] },
  {
    theme: 'ettervern', type: 'avvik', statement: 'Ungdom med tiltak får ikke vurdert behovet for ettervern før de fyller 18 år.',
    legal: [{ from: 2008, ref: 'barnevernloven § 1-3 annet ledd' }, { from: 2023, ref: 'barnevernsloven, krav til ettervern' }],
  },
  { theme: 'ettervern', type: 'merknad', statement: 'Overgangen fra barneverntjenesten til NAV for unge over 18 år er lite planlagt.', legal: [] },
  { theme: 'evaluering-samarbeid', type: 'avvik', statement: 'Kommunen evaluerer og korrigerer ikke samarbeidet mellom tjenestene for utsatte barn.', legal: MANAGEMENT },
  { theme: 'evaluering-samarbeid', type: 'merknad', statement: 'Kommunen har ikke et system for å følge med på om samarbeidet virker.', legal: [] },
];
