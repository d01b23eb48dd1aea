import { expect, test } from '@playwright/test';
import { eventIdsOf, pickActor, siteData, TimelinePage } from './timeline-page.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test('the phone layout fits 390 px and filters, lists and opens events', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const actor = pickActor(events, actors);
  const timeline = new TimelinePage(page);
  await timeline.goto();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(timeline.chart).toBeVisible();
  expect((await timeline.chart.boundingBox())!.width).toBeLessThanOrEqual(390);
  // Filters start folded away on a phone and open on demand.
  await expect(timeline.filters).toBeHidden();
  await timeline.openFilters();
  await timeline.actorSearch.fill(actor.name);
  await timeline.actorCheckbox(actor).check();
  await expect(timeline.listItems).toHaveCount(eventIdsOf(actor.id, events).length);
  // The list's Details button opens the panel over the page; Close returns.
  await timeline.listItems.first().getByRole('button', { name: /^Details/ }).click();
  await expect(timeline.panel).toBeVisible();
  await expect(timeline.panel).toBeInViewport({ ratio: 0.9 });
  await timeline.panel.getByRole('button', { name: /close/i }).click();
  await expect(timeline.panel).toBeHidden();
});

test('content pages fit 390 px', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  for (const path of ['/events/', `/events/${events[0]!.id}/`, `/actors/${pickActor(events, actors).id}/`, `/articles/${events[0]!.sources[0]!.article}/`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
