/** Messages of the browser engine's start: the button that loads the numbers, its progress and its error. */
const nb = {
  'explore.title': 'Utforsk tallene',
  'explore.lead': 'Last alle publiserte tall inn i nettleseren for å utforske dem selv. Det er en databasemotor og tabellene, til sammen flere megabyte, og alt hentes fra dette nettstedet.',
  'explore.start': 'Last inn tallene',
  'explore.retry': 'Prøv igjen',
  'explore.loaded': 'Tallene er lastet',
  'explore.progress': 'Framdrift',
  'explore.engine': 'Henter og starter databasemotoren …',
  'explore.data': 'Laster tabellene ({done} av {total}) …',
  'explore.ready': 'Klar: {tables} tabeller med {rows} rader er lastet i nettleseren.',
  'explore.error': 'Kunne ikke laste tallene: {message}',
} as const;

type Keys = Record<keyof typeof nb, string>;

const nn: Keys = {
  'explore.title': 'Utforsk tala',
  'explore.lead': 'Last alle publiserte tal inn i nettlesaren for å utforske dei sjølv. Det er ein databasemotor og tabellane, til saman fleire megabyte, og alt blir henta frå denne nettstaden.',
  'explore.start': 'Last inn tala',
  'explore.retry': 'Prøv igjen',
  'explore.loaded': 'Tala er lasta',
  'explore.progress': 'Framdrift',
  'explore.engine': 'Hentar og startar databasemotoren …',
  'explore.data': 'Lastar tabellane ({done} av {total}) …',
  'explore.ready': 'Klar: {tables} tabellar med {rows} rader er lasta i nettlesaren.',
  'explore.error': 'Kunne ikkje laste tala: {message}',
};

const en: Keys = {
  'explore.title': 'Explore the numbers',
  'explore.lead': 'Load every published number into your browser to explore it yourself. That is a database engine and the tables, several megabytes in all, all fetched from this site.',
  'explore.start': 'Load the numbers',
  'explore.retry': 'Try again',
  'explore.loaded': 'The numbers are loaded',
  'explore.progress': 'Progress',
  'explore.engine': 'Fetching and starting the database engine …',
  'explore.data': 'Loading the tables ({done} of {total}) …',
  'explore.ready': 'Ready: {tables} tables with {rows} rows are loaded in your browser.',
  'explore.error': 'Could not load the numbers: {message}',
};

export const explore = { nb, nn, en };
