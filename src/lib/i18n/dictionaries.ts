import { en } from './en.ts';
import type { Lang } from './format.ts';
import { nb, type Dictionary } from './nb.ts';
import { nn } from './nn.ts';

/** Every language's dictionary; `nb` defines the keys and the type makes the others cover all of them. */
export const DICTIONARIES: Record<Lang, Dictionary> = { nb, nn, en };
export const LANGS: Lang[] = ['nb', 'nn', 'en'];
