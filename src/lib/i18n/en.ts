import type { Dictionary } from './nb.ts';
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

export const en: Dictionary = { ...core.en, ...unitPage.en, ...about.en, ...accessibility.en, ...frame.en, ...search.en, ...explore.en, ...sqlConsole.en, ...explorer.en, ...services.en, ...findings.en, ...indicators.en };
