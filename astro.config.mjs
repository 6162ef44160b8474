// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://meldingsbildet.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['nb', 'nn', 'en'],
    defaultLocale: 'nb',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
