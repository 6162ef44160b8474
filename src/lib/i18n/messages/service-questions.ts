/**
 * Discussion questions for a meeting between child welfare and one service group, in every language: a few for the
 * group itself, then questions every such meeting should ask. Used by the service pages and by other pages (the meeting
 * pack) through `serviceQuestions`.
 */
import type { ServiceGroup } from '../../codes.ts';
import type { Lang } from '../format.ts';

type Questions = Record<Lang, readonly string[]>;

/** Questions for every service: the agreed level, the funnel, feedback to the reporter and the next evaluation. */
const common: Questions = {
  nb: [
    'Er antallet meldinger fra tjenesten i vår kommune på det nivået vi mener er riktig? Hva bør nivået være, og hvorfor?',
    'Ligger kommunen over eller under grensene i traktdiagrammet? Hva kan forklare det: befolkningen, rutinene eller samarbeidet?',
    'Får tjenesten tilbakemelding fra barnevernet om at meldingen er mottatt, og om saken blir undersøkt?',
    'Når skal vi se på tallene sammen igjen, og hva skal ha endret seg til da?',
  ],
  nn: [
    'Er talet på meldingar frå tenesta i kommunen vår på det nivået vi meiner er rett? Kva bør nivået vere, og kvifor?',
    'Ligg kommunen over eller under grensene i traktdiagrammet? Kva kan forklare det: befolkninga, rutinane eller samarbeidet?',
    'Får tenesta tilbakemelding frå barnevernet om at meldinga er motteken, og om saka blir undersøkt?',
    'Når skal vi sjå på tala saman igjen, og kva skal ha endra seg til då?',
  ],
  en: [
    'Is the number of reports from the service in our municipality at the level we consider right? What should the level be, and why?',
    'Does the municipality lie above or below the limits in the funnel plot? What could explain it: the population, the routines or the cooperation?',
    'Does the service hear back from child welfare that the report has been received, and whether the case will be investigated?',
    'When will we look at the figures together again, and what should have changed by then?',
  ],
};

const byGroup: Record<ServiceGroup, Questions> = {
  barnehage: {
    nb: [
      'Barnehagen ser barna hver dag fra de er ett år. Meldes det tidlig nok, eller kommer bekymringen først når barnet begynner på skolen?',
      'Vet de ansatte hva opplysningsplikten innebærer, og hvem i barnehagen som sender meldingen?',
      'Hvor mange av barnehagens meldinger blir henlagt, og hva sier det om hva barnevernet trenger å vite i en melding?',
    ],
    nn: [
      'Barnehagen ser borna kvar dag frå dei er eitt år. Blir det meldt tidleg nok, eller kjem uroa først når barnet byrjar på skulen?',
      'Veit dei tilsette kva opplysningsplikta inneber, og kven i barnehagen som sender meldinga?',
      'Kor mange av meldingane frå barnehagen blir henlagde, og kva seier det om kva barnevernet treng å vite i ei melding?',
    ],
    en: [
      'Kindergartens see children every day from the age of one. Do they report early enough, or does the concern first surface when the child starts school?',
      'Do staff know what the duty to report involves, and who in the kindergarten sends the report?',
      'How many of the kindergartens\' reports are dropped, and what does that say about what child welfare needs to know in a report?',
    ],
  },
  helsestasjon: {
    nb: [
      'Helsestasjonen møter nesten alle familier med små barn. Hvordan fanger den opp bekymring før barnet er tre år, og når meldes den videre?',
      'Hvordan samarbeider skolehelsetjenesten og barnevernet om ungdom som ikke selv ber om hjelp?',
      'Drøfter helsestasjonen saker anonymt med barnevernet før den melder, og fungerer det?',
    ],
    nn: [
      'Helsestasjonen møter nesten alle familiar med små born. Korleis fangar han opp uro før barnet er tre år, og når blir ho meldt vidare?',
      'Korleis samarbeider skulehelsetenesta og barnevernet om ungdom som ikkje sjølve ber om hjelp?',
      'Drøftar helsestasjonen saker anonymt med barnevernet før han melder, og fungerer det?',
    ],
    en: [
      'The health centre meets almost every family with small children. How does it pick up concerns before the child turns three, and when are they passed on?',
      'How do the school health service and child welfare work together on young people who do not ask for help themselves?',
      'Does the health centre discuss cases anonymously with child welfare before reporting, and does that work?',
    ],
  },
  skole: {
    nb: [
      'Hvor stor andel av skolens meldinger gjelder ungdom 13–17 år? Meldes det for sent, når problemene allerede har satt seg?',
      'Hva gjør skolen med bekymring for fravær, atferd eller endringer hos en elev, og når blir det en melding til barnevernet?',
      'Hvordan bruker skolen og PPT kunnskapen de har om barnet når barnevernet undersøker saken?',
    ],
    nn: [
      'Kor stor del av meldingane frå skulen gjeld ungdom 13–17 år? Blir det meldt for seint, når problema alt har sett seg fast?',
      'Kva gjer skulen med uro for fråvær, åtferd eller endringar hos ein elev, og når blir det ei melding til barnevernet?',
      'Korleis brukar skulen og PPT kunnskapen dei har om barnet når barnevernet undersøkjer saka?',
    ],
    en: [
      'What share of the schools\' reports concern young people aged 13–17? Do schools report too late, when problems have already taken hold?',
      'What does the school do with concerns about absence, behaviour or changes in a pupil, and when does that become a report to child welfare?',
      'How do the school and the educational-psychological service (PPT) share what they know about the child when child welfare investigates?',
    ],
  },
  helse: {
    nb: [
      'Fastlegene melder lite i mange kommuner. Deltar fastlegene i samarbeidet om utsatte barn, og vet de hvem de skal kontakte i barnevernet?',
      'Spør legene om det er barn i familien når de behandler foreldre for rus, psykisk sykdom eller vold?',
      'Har tannhelsetjenesten en rutine for å melde ved tegn på omsorgssvikt, for eksempel når barn gang på gang ikke møter til timer?',
    ],
    nn: [
      'Fastlegane melder lite i mange kommunar. Er fastlegane med i samarbeidet om utsette born, og veit dei kven dei skal kontakte i barnevernet?',
      'Spør legane om det er born i familien når dei behandlar foreldre for rus, psykisk sjukdom eller vald?',
      'Har tannhelsetenesta ei rutine for å melde ved teikn på omsorgssvikt, til dømes når born gong på gong ikkje møter til timar?',
    ],
    en: [
      'GPs report little in many municipalities. Do GPs take part in the cooperation around vulnerable children, and do they know whom to contact in child welfare?',
      'Do doctors ask whether there are children in the family when they treat parents for substance use, mental illness or violence?',
      'Does the dental service have a routine for reporting signs of neglect, for example when children repeatedly miss appointments?',
    ],
  },
  'psykisk-helse-barn': {
    nb: [
      'Hvordan samarbeider BUP og barnevernet når et barn både trenger behandling og lever i en vanskelig omsorgssituasjon?',
      'Blir meldinger fra BUP oftere undersøkt enn andre meldinger? Hva kan barnevernet lære av hvordan de er skrevet?',
      'Er det avklart hvem som har ansvaret når barnet venter på behandling og bekymringen vokser?',
    ],
    nn: [
      'Korleis samarbeider BUP og barnevernet når eit barn både treng behandling og lever i ein vanskeleg omsorgssituasjon?',
      'Blir meldingar frå BUP oftare undersøkte enn andre meldingar? Kva kan barnevernet lære av korleis dei er skrivne?',
      'Er det avklart kven som har ansvaret når barnet ventar på behandling og uroa veks?',
    ],
    en: [
      'How do child and adolescent mental health services (BUP) and child welfare work together when a child both needs treatment and lives in a difficult care situation?',
      'Are reports from BUP investigated more often than other reports? What can child welfare learn from how they are written?',
      'Is it clear who is responsible while the child waits for treatment and the concern grows?',
    ],
  },
  voksentjenester: {
    nb: [
      'Tilsynet i 2008 fant at voksentjenestene sjelden fanger opp barna til brukerne sine. Spør NAV, psykisk helsetjeneste og rustjenesten alltid om brukeren har barn, og om barna har det bra?',
      'Hvor stor andel av meldingene i kommunen kommer fra voksentjenestene, og er det den andelen vi mener er riktig?',
      'Vet de ansatte i voksentjenestene at opplysningsplikten gjelder også når de først og fremst hjelper de voksne?',
    ],
    nn: [
      'Tilsynet i 2008 fann at vaksentenestene sjeldan fangar opp borna til brukarane sine. Spør NAV, psykisk helseteneste og rustenesta alltid om brukaren har born, og om borna har det bra?',
      'Kor stor del av meldingane i kommunen kjem frå vaksentenestene, og er det den delen vi meiner er rett?',
      'Veit dei tilsette i vaksentenestene at opplysningsplikta gjeld også når dei først og fremst hjelper dei vaksne?',
    ],
    en: [
      'The 2008 supervision found that adult services rarely pick up on their clients\' children. Do NAV, adult mental health and substance services always ask whether the client has children, and whether the children are doing well?',
      'What share of the municipality\'s reports comes from adult services, and is that the share we consider right?',
      'Do staff in adult services know that the duty to report applies even when their work is mainly helping adults?',
    ],
  },
  politi: {
    nb: [
      'Politiet melder mest om ungdom og om vold i nære relasjoner. Kommer meldingene raskt nok til at barnevernet kan handle samme døgn når det trengs?',
      'Hvordan samarbeider politiet, barnevernsvakten og barnevernet om barn som er til stede ved vold eller rus i hjemmet?',
      'Finnes det faste møtepunkter, for eksempel SLT eller politiråd, der barnevernet og politiet ser på tallene sammen?',
    ],
    nn: [
      'Politiet melder mest om ungdom og om vald i nære relasjonar. Kjem meldingane raskt nok til at barnevernet kan handle same døgnet når det trengst?',
      'Korleis samarbeider politiet, barnevernsvakta og barnevernet om born som er til stades ved vald eller rus i heimen?',
      'Finst det faste møtepunkt, til dømes SLT eller politiråd, der barnevernet og politiet ser på tala saman?',
    ],
    en: [
      'Police reports mostly concern young people and domestic violence. Do the reports arrive fast enough for child welfare to act within the day when needed?',
      'How do the police, the child welfare emergency service and child welfare work together on children present at violence or substance abuse at home?',
      'Are there regular meeting points, such as SLT or the police council, where child welfare and the police look at the figures together?',
    ],
  },
  barnevern: {
    nb: [
      'Mange av disse meldingene kommer fra barnevernet i andre kommuner når familier flytter. Blir opplysningene overført raskt og godt nok?',
      'Hva gjør barnevernsvakten når den melder, og får den vite hvordan saken ble fulgt opp?',
      'Oppretter barnevernet saker på eget initiativ når det får kunnskap om barn i andre saker, og blir det registrert likt hver gang?',
    ],
    nn: [
      'Mange av desse meldingane kjem frå barnevernet i andre kommunar når familiar flyttar. Blir opplysningane overførte raskt og godt nok?',
      'Kva gjer barnevernsvakta når ho melder, og får ho vite korleis saka vart følgd opp?',
      'Opprettar barnevernet saker på eige initiativ når det får kunnskap om born i andre saker, og blir det registrert likt kvar gong?',
    ],
    en: [
      'Many of these reports come from child welfare in other municipalities when families move. Is information passed on quickly and fully enough?',
      'What does the emergency service do when it reports, and does it learn how the case was followed up?',
      'Does child welfare open cases on its own initiative when it learns about children in other cases, and is that recorded the same way every time?',
    ],
  },
  familie: {
    nb: [
      'Hvor lett er det for barn, foreldre og slektninger å ta kontakt med barnevernet selv? Vet de hvor de kan henvende seg?',
      'Blir meldinger fra familien oftere henlagt enn andre? Hva trenger familien for å få hjelp uten at saken må undersøkes?',
      'Hvordan får barn og unge vite at de kan kontakte barnevernet, for eksempel gjennom skolen eller helsesykepleieren?',
    ],
    nn: [
      'Kor lett er det for born, foreldre og slektningar å ta kontakt med barnevernet sjølve? Veit dei kvar dei kan vende seg?',
      'Blir meldingar frå familien oftare henlagde enn andre? Kva treng familien for å få hjelp utan at saka må undersøkjast?',
      'Korleis får born og unge vite at dei kan kontakte barnevernet, til dømes gjennom skulen eller helsesjukepleiaren?',
    ],
    en: [
      'How easy is it for children, parents and relatives to contact child welfare themselves? Do they know where to turn?',
      'Are reports from the family dropped more often than others? What does the family need to get help without the case having to be investigated?',
      'How do children and young people learn that they can contact child welfare, for example through school or the school nurse?',
    ],
  },
  'private-anonyme': {
    nb: [
      'Anonyme meldinger og meldinger fra naboer er vanskelige å følge opp. Hvor mange blir henlagt, og hvorfor?',
      'Hvordan informerer kommunen innbyggerne om når og hvordan de kan melde bekymring?',
      'Hvordan vurderer barnevernet en anonym melding når det ikke kan stille oppfølgingsspørsmål?',
    ],
    nn: [
      'Anonyme meldingar og meldingar frå naboar er vanskelege å følgje opp. Kor mange blir henlagde, og kvifor?',
      'Korleis informerer kommunen innbyggjarane om når og korleis dei kan melde uro?',
      'Korleis vurderer barnevernet ei anonym melding når det ikkje kan stille oppfølgingsspørsmål?',
    ],
    en: [
      'Anonymous reports and reports from neighbours are hard to follow up. How many are dropped, and why?',
      'How does the municipality tell residents when and how they can report a concern?',
      'How does child welfare assess an anonymous report when it cannot ask follow-up questions?',
    ],
  },
  'andre-offentlige': {
    nb: [
      'Krisesentre, asylmottak, familievernet og fritidstilbud møter barn i sårbare situasjoner. Vet de ansatte der at de har opplysningsplikt, og hvordan de melder?',
      'Hvordan følger barnevernet opp barn i asylmottak og på krisesenter, der familien kan flytte på kort varsel?',
      'Hvilke av disse instansene mangler i samarbeidsforaene i kommunen i dag?',
    ],
    nn: [
      'Krisesenter, asylmottak, familievernet og fritidstilbod møter born i sårbare situasjonar. Veit dei tilsette der at dei har opplysningsplikt, og korleis dei melder?',
      'Korleis følgjer barnevernet opp born i asylmottak og på krisesenter, der familien kan flytte på kort varsel?',
      'Kva for nokre av desse instansane manglar i samarbeidsfora i kommunen i dag?',
    ],
    en: [
      'Crisis centres, asylum reception centres, family counselling and youth services meet children in vulnerable situations. Do their staff know they have a duty to report, and how to report?',
      'How does child welfare follow up children in asylum reception and crisis centres, where families may move at short notice?',
      'Which of these services are missing from the municipality\'s cooperation forums today?',
    ],
  },
};

/** The questions for a meeting between child welfare and one service group, in a language: the group's own first, then the common ones. */
export function serviceQuestions(group: ServiceGroup, lang: Lang): string[] {
  return [...byGroup[group][lang], ...common[lang]];
}
