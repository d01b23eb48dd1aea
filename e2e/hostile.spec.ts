import { expect, test } from '@playwright/test';
import { siteData, TimelinePage } from './timeline-page.ts';

// Runs against the site built from e2e/fixtures/timeline.json, whose titles, quotes, sentences,
// aliases and publishers carry markup. Nothing of it may run or become an element.
const HOSTILE = /<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>/;

// Any alert() means a script from article text ran.
const dialogs: string[] = [];
test.beforeEach(async ({ page }) => {
  dialogs.length = 0;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
test.afterEach(() => {
  expect(dialogs, 'no script from article text may run').toEqual([]);
});

test('hostile text shows as text on the timeline, in the list and in the panel', async ({ page, request }) => {
  const { events } = await siteData(request);
  const hostile = events.filter((e) => HOSTILE.test(e.title) || e.quotes.some((q) => HOSTILE.test(q.text)));
  expect(hostile.length, 'the fixture must carry hostile titles or quotes').toBeGreaterThan(0);
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await page.getByRole('button', { name: 'Show all' }).click(); // the first view is the busiest stretch only
  await expect(timeline.items).toHaveCount(events.length);
  for (const event of hostile) {
    await expect(timeline.chart.locator(`[data-open-event="${event.id}"]`)).toContainText(event.title);
    await timeline.chart.locator(`[data-open-event="${event.id}"]`).click();
    await expect(timeline.panel.getByRole('heading', { name: event.title, exact: true })).toBeVisible();
  }
  await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((s) => s.filter((e) => e.textContent?.includes('alert(1)')).length)).toBe(0);
});

test('hostile text is escaped on every page and in every export', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const articles = (await (await request.get('/data/articles.json')).json()) as { id: string }[];
  const paths = ['/events/', '/actors/', '/articles/', ...events.map((e) => `/events/${e.id}/`), ...actors.map((a) => `/actors/${a.id}/`), ...articles.map((a) => `/articles/${a.id}/`)];
  let shown = 0;
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('img[src="x"], [onerror]'), path).toHaveCount(0);
    if (HOSTILE.test(await page.locator('main').innerText())) shown += 1;
  }
  expect(shown, 'hostile text should appear, as text, on some pages').toBeGreaterThan(0);
  // The Atom feed carries HTML, so markup must arrive escaped; CSV and iCalendar are plain text and keep it verbatim.
  const atom = await (await request.get('/feed.xml')).text();
  expect(atom).not.toMatch(HOSTILE);
  expect(atom).toContain('&lt;script&gt;');
});

test('search results show hostile text as text', async ({ page, request }) => {
  test.skip(!(await request.get('/pagefind/pagefind-ui.js')).ok(), 'the Pagefind index was not built');
  await page.goto('/search/?q=alert');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  await expect(page.locator('main img[src="x"], main [onerror]')).toHaveCount(0);
});
