import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Runs against the site built from e2e/fixtures/timeline.json, which lists retired event ids
// (see src/pipeline/ids.ts): each one's old address still answers and leads to its new page.
const { redirects } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'timeline.json'), 'utf8')) as { redirects: { id: string; to: string }[] };

test('a retired event id leads to where its event went, with no script', async ({ page, request }) => {
  expect(redirects.length, 'the fixture must list retired ids').toBeGreaterThan(0);
  for (const { id, to } of redirects) {
    const response = await request.get(`/events/${id}/`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
    expect(html).toContain(`<link rel="canonical" href="`);
    expect(html).not.toContain('<script');
    await page.goto(`/events/${id}/`);
    await expect(page).toHaveURL(new RegExp(`${to.replace(/\//g, '\\/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
