import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { pickActor, eventIdsOf, siteData, TimelinePage } from './timeline-page.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

// axe takes a few seconds a page on an idle machine and several times that on a busy one.
const AXE_TIMEOUT_MS = 90_000;

/** Every page type but the timeline (tested below with its filter and panel), each as a path in the built site. */
const PAGE_TYPES: Record<string, (request: APIRequestContext) => Promise<string>> = {
  'the event list': async () => '/events/',
  'the key days': async () => '/key-days/',
  'an event page': async (request) => `/events/${(await siteData(request)).events[0]!.id}/`,
  'the actor list': async () => '/actors/',
  'an actor page': async (request) => {
    const { events, actors } = await siteData(request);
    return `/actors/${pickActor(events, actors).id}/`;
  },
  'the article list': async () => '/articles/',
  'an article page': async (request) => `/articles/${((await (await request.get('/data/articles.json')).json()) as { id: string }[])[0]!.id}/`,
  'the search page': async () => '/search/',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    // One page per test, so a slow page on a loaded machine cannot use up another page's time.
    for (const [kind, pathOf] of Object.entries(PAGE_TYPES)) {
      test(`${kind} has no serious or critical violations`, async ({ page, request }) => {
        test.setTimeout(AXE_TIMEOUT_MS);
        const path = await pathOf(request);
        await page.goto(path);
        expect(await seriousViolations(page), path).toEqual([]);
      });
    }

    test('the timeline page, filtered and with the panel open, has no serious or critical violations', async ({ page, request }) => {
      test.setTimeout(2 * AXE_TIMEOUT_MS); // two axe runs
      const { events, actors } = await siteData(request);
      const timeline = new TimelinePage(page);
      await timeline.goto();
      expect(await seriousViolations(page), 'home').toEqual([]);
      await timeline.goto(`?actor=${pickActor(events, actors).id}&event=${events[0]!.id}`);
      await expect(timeline.panel.locator('[data-event-detail]')).toBeVisible();
      expect(await seriousViolations(page), 'home, filtered, panel open').toEqual([]);
    });
  });
}

test('filters, items and the panel work from the keyboard alone', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const actor = pickActor(events, actors);
  const expected = eventIdsOf(actor.id, events);
  const timeline = new TimelinePage(page);
  await timeline.goto();

  // Tab from the top of the page to the actor search box.
  await page.locator('body').focus();
  for (let i = 0; i < 20 && !(await timeline.actorSearch.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(timeline.actorSearch).toBeFocused();
  await page.keyboard.type(actor.name);
  // Tab to the first visible match and tick it with Space.
  const box = timeline.actorCheckbox(actor);
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(timeline.listItems).toHaveCount(expected.length);
  await expect(page).toHaveURL(new RegExp(`actor=${actor.id}`));

  // Tab on to the timeline's first item, open it with Enter; Escape closes and gives focus back.
  const firstItem = timeline.items.first();
  for (let i = 0; i < 60 && !(await firstItem.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstItem).toBeFocused();
  await expect(firstItem).toHaveCSS('outline-style', 'solid'); // visible focus
  await page.keyboard.press('Enter');
  await expect(timeline.panel).toBeVisible();
  await expect(timeline.panel.getByRole('heading', { name: 'Event detail' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(timeline.panel).toBeHidden();
  await expect(firstItem).toBeFocused();

  // Shift+Tab back to the chosen actor's chip; Enter removes the filter.
  const chip = page.getByRole('button', { name: `Remove ${actor.name}` });
  for (let i = 0; i < 80 && !(await chip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(chip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(timeline.listItems).toHaveCount(events.length);
});
