/** Bokmål: the source of truth for translation keys (flat, dot-named), composed from one messages file per area of the site. */
import { core } from './messages/core.ts';
import { unitPage } from './messages/unit-page.ts';
import { about } from './messages/about.ts';
import { accessibility } from './messages/accessibility.ts';
import { frame } from './messages/frame.ts';
import { search } from './messages/search.ts';
import { explore } from './messages/explore.ts';
import { sqlConsole } from './messages/sql-console.ts';
import { explorer } from './messages/explorer.ts';
import { indicators } from './messages/indicators.ts';
import { services } from './messages/services.ts';
import { findings } from './messages/findings.ts';

export const nb = { ...core.nb, ...unitPage.nb, ...about.nb, ...accessibility.nb, ...frame.nb, ...search.nb, ...explore.nb, ...sqlConsole.nb, ...explorer.nb, ...services.nb, ...findings.nb, ...indicators.nb } as const;

export type MessageKey = keyof typeof nb;
export type Dictionary = Record<MessageKey, string>;
