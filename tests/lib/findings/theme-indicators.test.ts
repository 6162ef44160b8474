import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/lib/codes.ts';
import { indicatorLinks } from '../../../src/lib/findings/indicator-links.ts';
import { INDICATOR_IDS, THEME_INDICATORS, themesOfIndicator } from '../../../src/lib/findings/theme-indicators.ts';
import { DICTIONARIES, LANGS } from '../../../src/lib/i18n/dictionaries.ts';

describe('audit themes linked to indicators', () => {
  it('maps every theme, only to known indicator ids, each at most once', () => {
    expect(Object.keys(THEME_INDICATORS).sort()).toEqual([...THEMES].sort());
    for (const ids of Object.values(THEME_INDICATORS)) {
      for (const id of ids) expect(INDICATOR_IDS).toContain(id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('links the themes the supervision named to the indicators that speak to them', () => {
    expect(THEME_INDICATORS['voksentjenester-fanger-opp']).toContain('adult-services-share');
    for (const th of ['kjennskap-tjenester', 'taushetsplikt-meldeplikt'] as const)
      expect([...THEME_INDICATORS[th]].sort()).toEqual(['early-reporting', 'late-reporting', 'service-share']);
    for (const th of ['evaluering-samarbeid', 'samarbeidsfora'] as const) expect([...THEME_INDICATORS[th]].sort()).toEqual(['level', 'trend']);
  });

  it('reads the mapping the other way round, so every indicator used leads back to its themes', () => {
    expect(themesOfIndicator('adult-services-share')).toEqual(['voksentjenester-fanger-opp']);
    expect(themesOfIndicator('trend')).toEqual(['samarbeidsfora', 'evaluering-samarbeid']);
    for (const id of INDICATOR_IDS) for (const th of themesOfIndicator(id)) expect(THEME_INDICATORS[th]).toContain(id);
  });

  it('names every theme and indicator, and says why and what to look for, in every language', () => {
    for (const lang of LANGS) {
      const t = DICTIONARIES[lang] as Record<string, string>;
      for (const th of THEMES) for (const k of [`theme.${th}`, `findings.def.${th}`, `findings.link.${th}`, `findings.look.${th}`]) expect(t[k], `${lang} ${k}`).toBeTruthy();
      for (const id of INDICATOR_IDS) expect(t[`ind.${id}.name`], `${lang} ${id}`).toBeTruthy();
    }
  });
});

describe('links from a theme to its indicators', () => {
  it('points each indicator of the theme at its anchor on the municipality page, named in the page\'s language', () => {
    expect(indicatorLinks('samarbeidsfora', DICTIONARIES.en)).toEqual([
      { id: 'level', href: '#indikator-level', label: 'Level of reporting', judgement: null },
      { id: 'trend', href: '#indikator-trend', label: 'Change over time', judgement: null },
    ]);
    expect(indicatorLinks('ettervern', DICTIONARIES.nb)).toEqual([]);
  });
  it('shows the municipality\'s judgement beside an indicator when one is given, and only for that indicator', () => {
    const links = indicatorLinks('voksentjenester-fanger-opp', DICTIONARIES.nb, { 'adult-services-share': 'Lavere enn landet.', level: 'Ingen klar forskjell.' });
    expect(links).toEqual([{ id: 'adult-services-share', href: '#indikator-adult-services-share', label: 'Meldinger fra voksentjenestene', judgement: 'Lavere enn landet.' }]);
    expect(indicatorLinks('samarbeidsfora', DICTIONARIES.nb, { level: '  ' })[0]!.judgement).toBeNull();
  });
});
