/** The messages the console's script needs, handed to it in the page (`data-messages`), without the `console.` prefix. */
export const CONSOLE_MESSAGES = [
  'engine', 'data', 'startError', 'running', 'rows.one', 'rows.many', 'rows.none', 'capped', 'fileName', 'error', 'refused',
  'refused.empty', 'refused.unterminated', 'refused.multiple', 'refused.statement', 'refused.word', 'refused.pragma', 'inserted',
] as const;

export type ConsoleMessages = Record<(typeof CONSOLE_MESSAGES)[number], string>;
