/** The query parameters that carry agreed levels and events (url-state.ts reads them; pages check for them without zod). */
export const URL_PARAMS = { levels: 'niva', events: 'hendelse' } as const;
