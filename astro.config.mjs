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
  // Every stylesheet a file, never an inline <style>, and no asset inlined as a data: URI: the
  // Content-Security-Policy (src/utils/content-security-policy.ts) allows only files from the site.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  devToolbar: { enabled: false },
});
