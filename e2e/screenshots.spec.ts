import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pickActor, siteData, TimelinePage } from './timeline-page.ts';

// `npm run screenshots`: PNGs of the timeline (all events; filtered by one actor) for looking at.
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
mkdirSync('screenshots', { recursive: true });

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${device} ${colorScheme}`, () => {
      test.use({ viewport, colorScheme, deviceScaleFactor: device === 'phone' ? 2 : 1 });

      test('timeline, all events and one actor', async ({ page, request }) => {
        const { events, actors } = await siteData(request);
        const timeline = new TimelinePage(page);
        await timeline.goto();
        await expect(timeline.items.first()).toBeVisible();
        await page.screenshot({ path: `screenshots/timeline-all-${device}-${colorScheme}.png`, fullPage: true });
        await timeline.chart.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `screenshots/timeline-all-${device}-${colorScheme}-screen.png` });
        await page.getByRole('button', { name: 'Where most happened' }).click();
        await page.screenshot({ path: `screenshots/timeline-busiest-${device}-${colorScheme}-screen.png` });
        const actor = pickActor(events, actors);
        await timeline.goto(`?actor=${actor.id}`);
        await page.screenshot({ path: `screenshots/timeline-actor-${device}-${colorScheme}.png`, fullPage: true });
        await timeline.chart.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `screenshots/timeline-actor-${device}-${colorScheme}-screen.png` });
        await timeline.goto(`?actor=${actor.id}&event=${events.find((e) => e.actors.some((a) => a.id === actor.id))?.id ?? events[0]!.id}`);
        await expect(timeline.panel.locator('[data-event-detail]')).toBeVisible();
        await page.screenshot({ path: `screenshots/timeline-panel-${device}-${colorScheme}.png`, fullPage: device === 'desktop' });
      });
    });
  }
}

test.describe('content pages', () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test('event, actor and article pages', async ({ page, request }) => {
    const { events, actors } = await siteData(request);
    const event = [...events].sort((a, b) => b.quotes.length - a.quotes.length || a.id.localeCompare(b.id))[0]!;
    await page.goto(`/events/${event.id}/`);
    await page.screenshot({ path: 'screenshots/page-event-desktop-light.png', fullPage: true });
    await page.goto(`/actors/${pickActor(events, actors).id}/`);
    await page.screenshot({ path: 'screenshots/page-actor-desktop-light.png', fullPage: true });
    const source = event.sources[0]!;
    await page.goto(`/articles/${source.article}/#s-${source.sentenceIndex}`);
    await page.screenshot({ path: 'screenshots/page-article-desktop-light.png' });
    await page.goto(`/search/?q=${encodeURIComponent(actors[0]!.name)}`);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    await page.screenshot({ path: 'screenshots/page-search-desktop-light.png' });
    await page.goto('/key-days/');
    await page.screenshot({ path: 'screenshots/page-key-days-desktop-light.png', fullPage: true });
  });
});
