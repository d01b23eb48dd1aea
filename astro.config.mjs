// @ts-check
import { defineConfig } from 'astro/config';

// A static site: every page, feed and JSON export is written at build time from the content collections.
export default defineConfig({
  // Absolute URLs in the Atom feed, iCalendar and CSV exports; set DATELINE_SITE where the site is published.
  site: process.env.DATELINE_SITE ?? 'https://dateline.example',
  output: 'static',
  // The e2e hostile-input build goes to its own folder so it never clobbers dist/.
  outDir: process.env.DATELINE_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  devToolbar: { enabled: false },
});
