import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { siteData, TimelinePage } from './timeline-page.ts';
import { HOSTILE_TEXT_VECTORS, HOSTILE_URL } from './fixtures/hostile-vectors.ts';
import { contentSecurityPolicyMeta } from '../src/utils/content-security-policy.ts';

// Runs against the site built from e2e/fixtures/timeline.json, whose titles, quotes, sentences,
// names, places, bylines and publishers carry every vector of fixtures/hostile-vectors.ts.
// Nothing of it may run, become an element or an attribute, or trip the Content-Security-Policy.
const HOSTILE = /<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>/;

/**
 * Installed before any page script: records every `securitypolicyviolation` and every element
 * added to the document that could carry script or change where the page goes.
 */
function watchForInjection(): void {
  const log = { violations: [] as string[], injected: [] as string[] };
  (window as unknown as { __hostileLog: typeof log }).__hostileLog = log;
  document.addEventListener('securitypolicyviolation', (e) => {
    log.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
  // Pagefind's own form has action="javascript:void(0);" and never submits; a form posting elsewhere is injected.
  const DANGEROUS = 'iframe, object, embed, base, meta[http-equiv]:not([http-equiv="Content-Security-Policy"]), form[action^="http"], math, img[src="x"]';
  const seen = new WeakSet<Element>();
  const check = (el: Element) => {
    if (seen.has(el)) return;
    seen.add(el);
    if (el.matches(DANGEROUS)) log.injected.push(el.outerHTML.slice(0, 120));
    for (const attr of el.attributes) if (/^on/i.test(attr.name)) log.injected.push(`${el.tagName} ${attr.name}`);
    if (el instanceof HTMLScriptElement && (el.textContent?.trim() || (el.src && new URL(el.src).origin !== location.origin))) {
      log.injected.push(`script ${el.src || el.textContent?.slice(0, 60)}`);
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        check(node);
        node.querySelectorAll('*').forEach(check);
      }
      if (r.type === 'attributes' && r.target instanceof Element) check(r.target);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

const dialogs: string[] = [];
const consoleProblems: string[] = [];
test.beforeEach(async ({ page }) => {
  dialogs.length = 0;
  consoleProblems.length = 0;
  await page.addInitScript(watchForInjection);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(`uncaught: ${error.message}`));
});
test.afterEach(() => {
  expect(dialogs, 'no script from article text may run').toEqual([]);
  expect(consoleProblems, 'no CSP error or uncaught error in the console').toEqual([]);
});

/**
 * What the page holds that it must not: injected elements and attributes, links off the web,
 * policy violations; and in the HTML as served, any inline script, <style> or style attribute.
 */
async function problemsOn(page: Page, path: string): Promise<string[]> {
  const html = await (await page.request.get(path)).text();
  // parsed, not run: DOMParser reads the served HTML as the browser would, attributes and all
  const served = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [
      ...[...doc.querySelectorAll('script')].filter((s) => s.textContent?.trim()).map((s) => `inline script in the HTML: ${s.textContent?.slice(0, 60)}`),
      ...[...doc.querySelectorAll('style')].map((s) => `a <style> element in the HTML: ${s.textContent?.slice(0, 60)}`),
      ...[...doc.querySelectorAll('[style]')].map((el) => `a style attribute in the HTML on <${el.tagName.toLowerCase()}>`),
    ];
  }, html);
  const found = await page.evaluate(() => {
    const log = (window as unknown as { __hostileLog: { violations: string[]; injected: string[] } }).__hostileLog;
    const problems = [...log.violations.map((v) => `CSP violation: ${v}`), ...log.injected.map((i) => `injected: ${i}`)];
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (!['http:', 'https:'].includes(new URL(a.href, location.href).protocol)) problems.push(`link off the web: ${a.getAttribute('href')}`);
    }
    for (const s of document.querySelectorAll('script')) if (s.textContent?.trim()) problems.push(`inline script: ${s.textContent.slice(0, 60)}`);
    for (const s of document.querySelectorAll('style')) problems.push(`style element: ${s.textContent?.slice(0, 60)}`);
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return { problems, policy: meta?.getAttribute('content') ?? null, firstInHead: document.head.querySelector('meta:not([charset])') === meta };
  });
  expect(found.policy, `${path}: the page carries the site's Content-Security-Policy`).toBe(contentSecurityPolicyMeta());
  expect(found.firstInHead, `${path}: the policy comes before anything it governs`).toBe(true);
  return [...served, ...found.problems].map((p) => `${path}: ${p}`);
}

test('the fixture carries every hostile vector', () => {
  const fixture = readFileSync(new URL('./fixtures/timeline.json', import.meta.url), 'utf8');
  for (const vector of [...HOSTILE_TEXT_VECTORS, HOSTILE_URL]) expect(fixture, vector).toContain(JSON.stringify(vector).slice(1, -1));
});

test('hostile text shows as text on the timeline, in the list and in the panel', async ({ page, request }) => {
  const { events } = await siteData(request);
  const hostile = events.filter((e) => HOSTILE.test(e.title) || e.quotes.some((q) => HOSTILE.test(q.text)));
  expect(hostile.length, 'the fixture must carry hostile titles or quotes').toBeGreaterThan(0);
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await timeline.showAll();
  await expect(timeline.items).toHaveCount(events.length);
  for (const event of hostile) {
    await expect(timeline.chart.locator(`[data-open-event="${event.id}"]`)).toContainText(event.title);
    await timeline.chart.locator(`[data-open-event="${event.id}"]`).click();
    await expect(timeline.panel.getByRole('heading', { name: event.title, exact: true })).toBeVisible();
    // the panel shows the event page's content: every quote arrives as text
    for (const quote of event.quotes) await expect(timeline.panel.getByText(quote.text, { exact: false }).first()).toBeAttached();
  }
  expect(await problemsOn(page, '/')).toEqual([]);
});

/** Each page type in its own test, with time for the pages it visits: a busy machine must not turn a slow walk into a failure. */
const PAGE_TYPES = ['lists', 'events', 'actors', 'articles'] as const;
const MS_PER_PAGE = 4_000;

for (const kind of PAGE_TYPES) {
  test(`${kind} pages, built from hostile content, run nothing of it and keep the policy`, async ({ page, request }) => {
    const { events, actors } = await siteData(request);
    const articles = (await (await request.get('/data/articles.json')).json()) as { id: string; url: string | null }[];
    const paths = {
      lists: ['/events/', '/actors/', '/articles/'],
      events: events.map((e) => `/events/${e.id}/`),
      actors: actors.map((a) => `/actors/${a.id}/`),
      articles: articles.map((a) => `/articles/${a.id}/`),
    }[kind];
    test.setTimeout(30_000 + paths.length * MS_PER_PAGE);
    let shown = 0;
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      if (HOSTILE.test(await page.locator('main').innerText())) shown += 1;
      problems.push(...(await problemsOn(page, path)));
    }
    expect(problems).toEqual([]);
    if (kind === 'articles') expect(shown, 'hostile text should appear, as text, on the article pages').toBeGreaterThan(0);
  });
}

test('the article page that carries every vector shows each as text, and the feeds escape markup', async ({ page, request }) => {
  const articles = (await (await request.get('/data/articles.json')).json()) as { id: string; url: string | null }[];
  expect(articles.some((a) => a.url === HOSTILE_URL), 'the fixture links an article with markup in its address').toBe(true);
  await page.goto('/articles/hostile-vectors/');
  const text = await page.locator('main').innerText();
  for (const vector of HOSTILE_TEXT_VECTORS) expect(text, vector).toContain(vector.replace(/\u202e/g, ''));
  await expect(page.getByRole('link', { name: 'Read the original' })).toHaveAttribute('href', HOSTILE_URL);
  // The Atom feed carries HTML, so markup must arrive escaped; CSV and iCalendar are plain text and keep it verbatim.
  const atom = await (await request.get('/feed.xml')).text();
  expect(atom).not.toMatch(HOSTILE);
  expect(atom).toContain('&lt;script&gt;');
});

test('search results show hostile text as text, under the policy', async ({ page, request }) => {
  test.skip(!(await request.get('/pagefind/pagefind-ui.js')).ok(), 'the Pagefind index was not built');
  await page.goto('/search/?q=alert');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  await expect(page.locator('#search .pagefind-ui__search-input')).toHaveAttribute('aria-label', 'Search events, actors and articles');
  expect(await problemsOn(page, '/search/?q=alert')).toEqual([]);
});

test('the bundled scripts attempt no eval', async ({ page, request }) => {
  for (const path of ['/', '/search/']) {
    await page.goto(path);
    const sources = await page.locator('script[src]').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
    for (const src of sources) expect(await (await request.get(src)).text(), src).not.toMatch(/new Function\(|\beval\(/);
  }
});
