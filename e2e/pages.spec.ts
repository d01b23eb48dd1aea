import { expect, test } from '@playwright/test';
import type { Article } from '../src/schema/article.ts';
import { siteData } from './timeline-page.ts';
import { FEED_ENTRIES } from '../src/utils/events-to-atom.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every event permalink page renders title, date and sources', async ({ page, request }) => {
    const { events } = await siteData(request);
    // Every page while that is quick; a sample spread over the list beyond that.
    const step = Math.max(1, Math.ceil(events.length / 40));
    for (const event of events.filter((_, i) => i % step === 0)) {
      await page.goto(`/events/${event.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
      await expect(page.locator('.event-when time')).toBeVisible();
      await expect(page.locator('.source')).toHaveCount(event.sources.length);
      const link = page.locator('a.source-link').first();
      await expect(link).toHaveAttribute('href', `/articles/${event.sources[0]!.article}/#s-${event.sources[0]!.sentenceIndex}`);
    }
  });

  test('the events page lists every event in date order', async ({ page, request }) => {
    const { events } = await siteData(request);
    await page.goto('/events/');
    const ids = await page.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    const chronological = [...events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id));
    expect(ids).toEqual(chronological.map((e) => e.id));
  });

  test('the home page points to the list view', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Read every event in date order' })).toBeVisible();
    await expect(page.getByText('Loading the timeline')).toBeHidden();
  });

  test('the key days page lists the most widely reported days, in date order, linking to their events', async ({ page, request }) => {
    const { events } = await siteData(request);
    const keyDays = (await (await request.get('/data/key-days.json')).json()) as { rank: number; date: string; articles: number; events: string[]; sources: string[] }[];
    expect(keyDays.map((d) => d.rank)).toEqual(keyDays.map((_, i) => i + 1));
    const ids = new Set(events.map((e) => e.id));
    for (const d of keyDays) for (const id of d.events) expect(ids.has(id), id).toBe(true);
    await page.goto('/key-days/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key days');
    await expect(page.getByRole('link', { name: 'Key days' })).toHaveAttribute('aria-current', 'page');
    const shown = await page.locator('[data-key-day]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key-day')!));
    expect(shown.length).toBe(Math.min(20, keyDays.length));
    expect(shown).toEqual([...shown].sort());
    expect(new Set(shown)).toEqual(new Set(keyDays.slice(0, shown.length).map((d) => d.date)));
    const top = keyDays[0]!;
    const first = page.locator(`[data-key-day="${top.date}"]`);
    // a day links to its most widely reported event, or, when no event is dated to it, to an article that reports it
    await expect(first.getByRole('link').first()).toHaveAttribute('href', top.events.length > 0 ? `/events/${top.events[0]}/` : `/articles/${top.sources[0]}/`);
  });

  test('actor pages show their events and article pages mark the sentences that fed events', async ({ page, request }) => {
    const { events, actors } = await siteData(request);
    const actor = actors.find((a) => events.some((e) => e.actors.some((x) => x.id === a.id)))!;
    await page.goto(`/actors/${actor.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(actor.name);
    await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();

    const source = events[0]!.sources[0]!;
    await page.goto(`/articles/${source.article}/`);
    const sentence = page.locator(`#s-${source.sentenceIndex}`);
    await expect(sentence.locator('mark')).toHaveText(source.sentence);
    await expect(sentence.getByRole('link', { name: new RegExp(events[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toHaveAttribute('href', `/events/${events[0]!.id}/`);
  });
});

test('the exports hold every event', async ({ request }) => {
  const { events } = await siteData(request);
  const articles = (await (await request.get('/data/articles.json')).json()) as Article[];
  const csv = await (await request.get('/events.csv')).text();
  expect(csv.split('\r\n').filter(Boolean)[0]).toMatch(/^id,title,type,status,start,end,precision/);
  const ics = await (await request.get('/events.ics')).text();
  expect(ics.match(/^BEGIN:VEVENT$/gm)?.length ?? 0).toBe(events.length);
  const atom = await (await request.get('/feed.xml')).text();
  // the feed carries the latest FEED_ENTRIES reports (the fixture has fewer events)
  expect(atom.match(/<entry>/g)?.length ?? 0).toBe(Math.min(events.length, FEED_ENTRIES));
  // The feed is dated by the newest article, never by the build clock.
  const newest = articles.map((a) => a.publishedAt).sort().at(-1)!.slice(0, 10);
  expect(atom).toMatch(new RegExp(`<updated>${newest}`));
  for (const event of events.slice(0, 5)) expect(csv).toContain(event.id);
});

test('search finds an event by a word of its title', async ({ page, request }) => {
  const { events } = await siteData(request);
  const pagefind = await request.get('/pagefind/pagefind-ui.js');
  test.skip(!pagefind.ok(), 'the Pagefind index was not built (npm run build runs pagefind)');
  const word = events[0]!.title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5)[0] ?? events[0]!.title;
  await page.goto(`/search/?q=${encodeURIComponent(word)}`);
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
});

test('an event page links to the events before and after it', async ({ page, request }) => {
  const { events } = await siteData(request);
  test.skip(events.length < 3, 'needs three events');
  await page.goto(`/events/${events[1]!.id}/`);
  const steps = page.getByRole('navigation', { name: 'Neighbouring events' });
  await expect(steps.getByRole('link', { name: `Previous: ${events[0]!.title}` })).toHaveAttribute('href', `/events/${events[0]!.id}/`);
  await steps.getByRole('link', { name: `Next: ${events[2]!.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${events[2]!.id}/$`));
  await page.goto(`/events/${events[0]!.id}/`);
  await expect(steps.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
});
