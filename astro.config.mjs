// @ts-check
import { defineConfig } from 'astro/config';
import { localDataCheck } from './src/lib/local/local-data-check.ts';

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
  integrations: [localDataCheck()],
  vite: { build: { assetsInlineLimit: 0 } },
});
