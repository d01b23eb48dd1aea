import { expect, test } from '@playwright/test';
import type { TimelineEvent } from '../src/schema/event.ts';
import { dayNumber } from '../src/utils/day-number.ts';
import { densestWindow } from '../src/utils/densest-window.ts';
import { eventIdsOf, pickActor, siteData, TimelinePage } from './timeline-page.ts';

test('the timeline draws one item per event, and the list view lists them all', async ({ page, request }) => {
  const { events } = await siteData(request);
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await timeline.showAll();
  await expect(timeline.items).toHaveCount(events.length);
  await expect(timeline.listItems).toHaveCount(events.length);
  expect(await timeline.drawnIds()).toEqual(events.map((e) => e.id).sort());
  await expect(timeline.resultCount).toHaveText(`Showing all ${events.length} events.`);
});

test('filtering by one actor leaves exactly that actor\'s events', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const actor = pickActor(events, actors);
  const expected = eventIdsOf(actor.id, events);
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await timeline.actorCheckbox(actor).check();
  await expect(timeline.listItems).toHaveCount(expected.length);
  await expect(timeline.items).toHaveCount(expected.length);
  expect(await timeline.listedIds()).toEqual(expected);
  expect(await timeline.drawnIds()).toEqual(expected);
  await expect(timeline.resultCount).toHaveText(`Showing ${expected.length} of ${events.length} events.`);
});

test('an organization or country can take in the actors affiliated with it', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  // A parent actor whose affiliates add events of their own, if the data has one.
  const parent = actors.find((p) => {
    const members = actors.filter((a) => a.affiliation === p.id);
    const own = new Set(eventIdsOf(p.id, events));
    return members.some((m) => eventIdsOf(m.id, events).some((id) => !own.has(id)));
  });
  test.skip(!parent, 'no actor in this build has affiliates with events of their own');
  // Everyone whose chain of affiliations reaches the parent.
  const within = new Set([parent!.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of actors) if (a.affiliation && within.has(a.affiliation) && !within.has(a.id)) { within.add(a.id); grew = true; }
  }
  const expected = [...new Set([...within].flatMap((id) => eventIdsOf(id, events)))].sort();
  const timeline = new TimelinePage(page);
  await timeline.goto(`?actor=${parent!.id}`);
  await expect(timeline.listItems).toHaveCount(eventIdsOf(parent!.id, events).length);
  await timeline.filters.getByRole('checkbox', { name: /include everyone affiliated/i }).check();
  await expect(timeline.listItems).toHaveCount(expected.length);
  expect(await timeline.listedIds()).toEqual(expected);
  await expect(page).toHaveURL(/affiliated=1/);
});

test('the URL carries the filter through reload, back and forward', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const actor = pickActor(events, actors);
  const expected = eventIdsOf(actor.id, events);
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await timeline.actorCheckbox(actor).check();
  await expect(page).toHaveURL(new RegExp(`\\?actor=${actor.id}$`));
  await expect(timeline.listItems).toHaveCount(expected.length);

  await page.reload();
  await expect(timeline.actorCheckbox(actor)).toBeChecked();
  await expect(timeline.listItems).toHaveCount(expected.length);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(timeline.listItems).toHaveCount(events.length);
  await expect(timeline.actorCheckbox(actor)).not.toBeChecked();

  await page.goForward();
  await expect(timeline.listItems).toHaveCount(expected.length);
  await expect(timeline.actorCheckbox(actor)).toBeChecked();
});

test('actor and type filters combine, straight from a shared URL', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const actor = pickActor(events, actors);
  const ofActor = events.filter((e) => eventIdsOf(actor.id, events).includes(e.id));
  const type = ofActor[0]!.type;
  const expected = ofActor.filter((e) => e.type === type).map((e) => e.id).sort();
  const timeline = new TimelinePage(page);
  await timeline.goto(`?actor=${actor.id}&type=${type}`);
  await expect(timeline.listItems).toHaveCount(expected.length);
  expect(await timeline.listedIds()).toEqual(expected);
  expect(await timeline.drawnIds()).toEqual(expected);
});

test('free text narrows the events and is kept in the URL', async ({ page, request }) => {
  const { events } = await siteData(request);
  // A word from one event's title, lower-cased, long enough to be specific.
  const word = events[0]!.title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5)[0] ?? events[0]!.title.split(/\s+/)[0]!;
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await page.getByRole('searchbox', { name: 'Words in the event' }).fill(word);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`, 'i'));
  const listed = await timeline.listedIds();
  expect(listed).toContain(events[0]!.id);
  expect(listed.length).toBeLessThanOrEqual(events.length);
});

test('the detail panel shows every source, and a source link lands on the sentence', async ({ page, request }) => {
  const { events } = await siteData(request);
  const event = [...events].sort((a, b) => b.sources.length - a.sources.length || a.id.localeCompare(b.id))[0]!;
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await timeline.chart.locator(`[data-open-event="${event.id}"]`).click();
  await expect(timeline.panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
  await expect(timeline.panel.getByRole('heading', { name: event.title, exact: true })).toBeVisible();
  const sources = timeline.panel.locator('.source');
  await expect(sources).toHaveCount(event.sources.length);
  for (const [i, source] of event.sources.entries()) {
    await expect(sources.nth(i).locator('blockquote')).toHaveText(source.sentence);
  }
  const first = event.sources[0]!;
  await sources.first().locator('a.source-link').click();
  await expect(page).toHaveURL(new RegExp(`/articles/${first.article}/#s-${first.sentenceIndex}$`));
  await expect(page.locator(':target')).toContainText(first.sentence);
  await expect(page.locator(':target')).toBeInViewport();
});

test('the panel follows back and forward, and closes with Escape', async ({ page, request }) => {
  const { events } = await siteData(request);
  const event = events[0]!;
  const timeline = new TimelinePage(page);
  await timeline.goto(`?event=${event.id}`);
  await expect(timeline.panel.getByRole('heading', { name: event.title, exact: true })).toBeVisible();
  await timeline.panel.getByRole('button', { name: /close/i }).focus();
  await page.keyboard.press('Escape');
  await expect(timeline.panel).toBeHidden();
  await page.goBack();
  await expect(timeline.panel).toBeVisible();
});

for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('the browser shows the same calendar days as the build', async ({ page }) => {
      await page.goto('/events/');
      const built = await page.locator('[data-event-id]').evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-event-id'), e.querySelector('time')?.textContent?.trim()]));
      const timeline = new TimelinePage(page);
      await timeline.goto();
      const shown = await page.locator('[data-event-list] [data-event-id]').evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-event-id'), e.querySelector('time')?.textContent?.trim()]));
      expect(shown).toEqual(built);
    });
  });
}

test('Details in the list view opens the panel within view, wherever the reader has scrolled', async ({ page, request }) => {
  const { events } = await siteData(request);
  const last = events.at(-1)!;
  const timeline = new TimelinePage(page);
  await timeline.goto();
  const button = timeline.listItems.last().getByRole('button', { name: /^Details/ });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(timeline.panel.getByRole('heading', { name: last.title, exact: true })).toBeVisible();
  await expect(timeline.panel.getByRole('heading', { name: 'Event detail' })).toBeInViewport();
  await expect(timeline.panel.getByRole('heading', { name: 'Event detail' })).toBeFocused();
});

test('the timeline page loads without console errors or warnings', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await page.waitForTimeout(3_500); // Chrome reports an unused preload about 3 s after load
  expect(messages).toEqual([]);
});

/** The events outside the busiest stretch the page opens on (the same rule as the page's). */
function outliers(events: readonly TimelineEvent[]): TimelineEvent[] {
  const days = events.map((e) => dayNumber(e.date.start));
  const busiest = densestWindow(days, 0.8)!;
  return events.filter((e) => dayNumber(e.date.end) < busiest[0] || dayNumber(e.date.start) > busiest[1]);
}

test('the first view is the busiest stretch; Show all and the overview strip reach the far-off events', async ({ page, request }) => {
  const { events } = await siteData(request);
  const far = outliers(events);
  test.skip(far.length === 0, 'every event of this build lies in its busiest stretch');
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await expect(timeline.items.first()).toBeVisible();
  expect(await timeline.drawnIds()).not.toContain(far[0]!.id);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(timeline.chart.locator(`[data-open-event="${far[0]!.id}"]`)).toBeVisible();

  await timeline.goto();
  const strip = page.getByRole('slider', { name: /overview of every event/i });
  await strip.focus();
  await page.keyboard.press('Home');
  await expect(timeline.chart.locator(`[data-open-event="${events[0]!.id}"]`)).toBeVisible();
  await expect(strip).toHaveAttribute('aria-valuetext', new RegExp(`of ${events[0]!.date.start} to`));
});

test('?event=ID centres the timeline on that event and selects it', async ({ page, request }) => {
  const { events } = await siteData(request);
  const event = outliers(events)[0] ?? events[0]!;
  const timeline = new TimelinePage(page);
  await timeline.goto(`?event=${event.id}`);
  const item = timeline.chart.locator(`[data-open-event="${event.id}"]`);
  await expect(item).toBeVisible();
  await expect(timeline.chart.locator('.vis-item.vis-selected[data-id]')).toHaveAttribute('data-id', event.id);
  const chart = (await timeline.chart.boundingBox())!;
  const box = (await item.boundingBox())!;
  expect(box.x).toBeGreaterThan(chart.x);
  expect(box.x).toBeLessThan(chart.x + chart.width * 0.75);
  await expect(timeline.panel.getByRole('heading', { name: event.title, exact: true })).toBeVisible();
});

test('zoom presets show a day, a week, a month or a year', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.goto();
  const presets = page.getByRole('group', { name: 'Zoom to' });
  for (const [name, days] of [['Week', 7], ['Month', 31], ['Year', 365], ['Day', 1]] as const) {
    await presets.getByRole('button', { name, exact: true }).click();
    await expect.poll(async () => {
      const start = await timeline.chart.getAttribute('data-window-start');
      const end = await timeline.chart.getAttribute('data-window-end');
      // the chart reports its window once vis-timeline has drawn it: until then, poll again
      return start !== null && end !== null && Math.abs(dayNumber(end) - dayNumber(start) - days) <= 1;
    }, { message: `${name}: about ${days} days` }).toBe(true);
  }
});

test('opening the detail panel re-fits the narrowed timeline: the last item stays in view', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.goto();
  const ids = await timeline.chart.locator('[data-open-event]').evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('data-open-event')!, x: e.getBoundingClientRect().x })).sort((a, b) => b.x - a.x));
  const last = timeline.chart.locator(`[data-open-event="${ids[0]!.id}"]`);
  await last.click();
  await expect(timeline.panel).toBeVisible();
  await expect.poll(async () => {
    const chart = (await timeline.chart.boundingBox())!;
    const box = (await last.boundingBox())!;
    return box.x + 10 <= chart.x + chart.width;
  }).toBe(true);
});

test('counts follow the filter: each type counts its events among the chosen actor\'s, each actor among the chosen type\'s', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const actor = pickActor(events, actors);
  const ofActor = events.filter((e) => eventIdsOf(actor.id, events).includes(e.id));
  const type = ofActor[0]!.type;
  const timeline = new TimelinePage(page);
  await timeline.goto(`?actor=${actor.id}`);
  const label = await timeline.filters.locator(`input[name="type"][value="${type}"]`).evaluate((el) => el.closest('label')!.querySelector('.name')!.textContent!);
  const ofType = ofActor.filter((e) => e.type === type).length;
  await expect(timeline.filters.getByRole('checkbox', { name: `${label} ${ofType} ${ofType === 1 ? 'event' : 'events'}` })).toBeVisible();
  // Under a type filter, an actor's count is its events of that type.
  await timeline.goto(`?type=${type}`);
  const n = events.filter((e) => e.type === type && eventIdsOf(actor.id, events).includes(e.id)).length;
  await expect(timeline.filters.getByRole('checkbox', { name: `${actor.name} ${n} ${n === 1 ? 'event' : 'events'}` })).toBeVisible();
});

test('an unknown actor or type in the URL is named, with a way back to the timeline', async ({ page, request }) => {
  const { events } = await siteData(request);
  const timeline = new TimelinePage(page);
  await timeline.goto('?actor=no-such-actor&type=no-such-type');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('the actor “no-such-actor” and the event type “no-such-type”, which this timeline does not have');
  await notice.getByRole('button', { name: 'Show the timeline without them' }).click();
  await expect(notice).toBeHidden();
  await expect(timeline.resultCount).toHaveText(`Showing all ${events.length} events.`);
  await expect(page).toHaveURL(/\/$/);
});

test('a skip link leads past the filters to the timeline, and arrow keys move between items', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.goto();
  await page.locator('body').focus();
  const skip = page.getByRole('link', { name: 'Skip to the timeline' });
  for (let i = 0; i < 12 && !(await skip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(timeline.chart).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedX = () => page.evaluate(() => document.activeElement!.getBoundingClientRect().left);
  await expect(page.locator('.timeline-frame .item-button:focus')).toHaveCount(1);
  const first = await page.evaluate(() => document.activeElement!.getAttribute('data-open-event') ?? document.activeElement!.getAttribute('data-zoom-to'));
  const x0 = await focusedX();
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement!.getAttribute('data-open-event') ?? document.activeElement!.getAttribute('data-zoom-to'));
  expect(second).not.toEqual(first);
  expect(await focusedX()).toBeGreaterThanOrEqual(x0);
  await page.keyboard.press('ArrowLeft');
  expect(await page.evaluate(() => document.activeElement!.getAttribute('data-open-event') ?? document.activeElement!.getAttribute('data-zoom-to'))).toEqual(first);
});

test('previous and next in the panel step through the shown events in date order', async ({ page, request }) => {
  const { events } = await siteData(request);
  const timeline = new TimelinePage(page);
  await timeline.goto(`?event=${events[1]!.id}`);
  await expect(timeline.panel.getByRole('heading', { name: events[1]!.title, exact: true })).toBeVisible();
  await timeline.panel.getByRole('button', { name: 'Next event' }).click();
  await expect(timeline.panel.getByRole('heading', { name: events[2]!.title, exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${events[2]!.id}`));
  await timeline.panel.getByRole('button', { name: 'Previous event' }).click();
  await timeline.panel.getByRole('button', { name: 'Previous event' }).click();
  await expect(timeline.panel.getByRole('heading', { name: events[0]!.title, exact: true })).toBeVisible();
  await expect(timeline.panel.getByRole('button', { name: 'Previous event' })).toBeDisabled();
});

test('lanes: one row per chosen actor, each holding that actor\'s events', async ({ page, request }) => {
  const { events, actors } = await siteData(request);
  const ranked = actors.map((a) => ({ a, n: eventIdsOf(a.id, events).length })).filter(({ n }) => n > 0).sort((x, y) => y.n - x.n || x.a.id.localeCompare(y.a.id));
  const [one, two] = [ranked[0]!.a, ranked[1]!.a];
  const timeline = new TimelinePage(page);
  await timeline.goto(`?actor=${one.id}&actor=${two.id}`);
  await page.getByRole('checkbox', { name: 'One row per chosen actor' }).check();
  await expect(page).toHaveURL(/lanes=1/);
  const labels = timeline.chart.locator('.vis-label');
  await expect(labels).toHaveText([one, two].sort((a, b) => a.id.localeCompare(b.id)).map((a) => a.name));
  await page.getByRole('button', { name: 'Show all' }).click();
  for (const actor of [one, two]) {
    await expect(timeline.chart.locator(`.vis-item[data-id^="${actor.id}|"]`)).toHaveCount(eventIdsOf(actor.id, events).length);
  }
  await page.getByRole('checkbox', { name: 'One row per chosen actor' }).uncheck();
  await expect(labels.filter({ hasText: /\S/ })).toHaveCount(0);
});
