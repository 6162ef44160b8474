/**
 * Series colours with at least 3:1 contrast against both the light (#ffffff) and the dark (#16181d) page background,
 * always paired with a second cue (line dash, symbol or direct label) so no series depends on colour alone.
 */
export const SERIES = ['#1f6fcb', '#c4501a', '#2e8540', '#8a4fbf'] as const;
export const HIDDEN_FILL = 'none';
export const HIDDEN_STROKE = '#767676';
