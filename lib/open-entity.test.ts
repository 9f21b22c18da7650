// "Open in Lagebild" opens the dashboard on the entity, beside the article it came from.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { dashboardUrl, openEntity } from './open-entity';

describe('openEntity', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the dashboard on the entity in a new tab next to the article', async () => {
    const article = await browser.tabs.create({ url: 'https://example.org/news' });
    const answer = await openEntity({ entityId: 'sergei-shoigu' }, { tab: article } as never);
    expect(answer).toEqual({ ok: true, value: null });
    const tabs = await browser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(dashboardUrl('sergei-shoigu'));
    expect(dashboardUrl('sergei-shoigu')).toMatch(/\/dashboard\.html#entity=sergei-shoigu$/);
  });

  it('refuses what is not an entity id, and opens nothing', async () => {
    const before = (await browser.tabs.query({})).length;
    const answer = await openEntity({ entityId: 'javascript:alert(1)//<b>' }, {} as never);
    expect(answer.ok).toBe(false);
    expect(await browser.tabs.query({})).toHaveLength(before);
  });
});
