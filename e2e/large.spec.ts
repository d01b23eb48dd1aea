import { expect, test } from '@playwright/test';
import { eventIdsOf, siteData, TimelinePage } from './timeline-page.ts';

// The site built from a synthetic timeline of thousands of events (npm run build:large).
// Nothing here is timed: it checks that the page draws a bounded set and stays correct.
const MAX_DOM_NODES = 5_000;
const MAX_ITEMS = 200;

test.describe.configure({ timeout: 90_000 });

test('thousands of events open as a bounded set of items, dense periods as aggregates', async ({ page, request }) => {
  const { events } = await siteData(request);
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await expect(timeline.resultCount).toHaveText(`Showing all ${events.length} events.`);
  await expect(timeline.aggregates.first()).toBeVisible();
  expect(await timeline.items.count()).toBeLessThanOrEqual(MAX_ITEMS);
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThanOrEqual(MAX_DOM_NODES);
  // An aggregate's count is the number of events it stands for; their sum is every event in the window.
  const counts = await timeline.aggregates.evaluateAll((els) => els.map((e) => Number(/^(\d+) events/.exec(e.getAttribute('aria-label') ?? '')?.[1])));
  expect(counts.every((n) => n > 1)).toBe(true);
});

test('choosing an aggregate zooms in to its period', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.goto();
  const aggregate = timeline.aggregates.first();
  const label = (await aggregate.getAttribute('aria-label'))!;
  await aggregate.click();
  await expect(timeline.chart.getByRole('button', { name: label })).toHaveCount(0);
  await expect(timeline.items.first()).toBeVisible();
  expect(await timeline.items.count()).toBeLessThanOrEqual(MAX_ITEMS);
});

test('the list under the timeline shows a page of events and more on demand', async ({ page, request }) => {
  const { events } = await siteData(request);
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await expect(timeline.listItems).toHaveCount(100);
  await page.getByRole('button', { name: /^Show 100 more/ }).click();
  await expect(timeline.listItems).toHaveCount(200);
  expect(await timeline.listedIds()).toEqual(events.slice(0, 200).map((e) => e.id).sort());
});

test('filtering by the most frequent actor and clearing it again', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const [actor] = actors.map((a) => ({ a, n: eventIdsOf(a.id, events).length })).sort((x, y) => y.n - x.n || x.a.id.localeCompare(y.a.id));
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await timeline.actorCheckbox(actor!.a).check();
  await expect(timeline.resultCount).toHaveText(`Showing ${actor!.n} of ${events.length} events.`);
  expect(await timeline.items.count()).toBeLessThanOrEqual(MAX_ITEMS);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(timeline.resultCount).toHaveText(`Showing all ${events.length} events.`);
  await expect(timeline.actorCheckbox(actor!.a)).not.toBeChecked();
});

test('a deep link to one event among thousands draws it singly, selected, with its panel open', async ({ page, request }) => {
  const { events } = await siteData(request);
  const event = events[Math.floor(events.length / 2)]!;
  const timeline = new TimelinePage(page);
  await timeline.goto(`?event=${event.id}`);
  await expect(timeline.chart.locator(`[data-open-event="${event.id}"]`)).toBeVisible();
  await expect(timeline.chart.locator('.vis-item.vis-selected[data-id]')).toHaveAttribute('data-id', event.id);
  await expect(timeline.panel.getByRole('heading', { name: event.title, exact: true })).toBeVisible();
  expect(await timeline.items.count()).toBeLessThanOrEqual(MAX_ITEMS);
});

test('lanes for the two most frequent actors: one row each, the items still bounded', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const [one, two] = actors.map((a) => ({ a, n: eventIdsOf(a.id, events).length })).sort((x, y) => y.n - x.n || x.a.id.localeCompare(y.a.id)).map(({ a }) => a);
  const timeline = new TimelinePage(page);
  await timeline.goto(`?actor=${one!.id}&actor=${two!.id}`);
  await page.getByRole('checkbox', { name: 'One row per chosen actor' }).check();
  await expect(timeline.chart.locator('.vis-label')).toHaveText([one!, two!].sort((a, b) => a.id.localeCompare(b.id)).map((a) => a.name));
  await expect(timeline.chart.locator(`.vis-item[data-id*="${one!.id}"]`).first()).toBeVisible();
  await expect(timeline.chart.locator(`.vis-item[data-id*="${two!.id}"]`).first()).toBeVisible();
  expect(await timeline.items.count()).toBeLessThanOrEqual(2 * MAX_ITEMS);
});
