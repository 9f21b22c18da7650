import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings, getSettings, isSiteDisabled, normalizeSite, SETTINGS_KEY, updateSettings, watchSettings } from './settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults: not paused, no disabled sites, private windows not recorded', async () => {
    expect(await getSettings()).toEqual({ paused: false, disabledSites: [], recordPrivate: false });
    expect(defaultSettings.recordPrivate).toBe(false);
  });

  it('stores changes in storage.local and reads them back', async () => {
    await updateSettings({ recordPrivate: true, disabledSites: ['https://www.Spiegel.de/politik', 'faz.net', 'faz.net', ' '] });
    expect(await getSettings()).toEqual({ paused: false, disabledSites: ['spiegel.de', 'faz.net'], recordPrivate: true });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ recordPrivate: true });
  });

  it('a damaged stored value falls back to the defaults field by field', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: 'yes', disabledSites: ['a.example', 3], recordPrivate: true } });
    expect(await getSettings()).toEqual({ paused: false, disabledSites: ['a.example'], recordPrivate: true });
  });

  it('tells listeners about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.paused));
    await updateSettings({ paused: true });
    stop();
    await updateSettings({ paused: false });
    expect(seen).toEqual([true]);
  });

  it.each([
    ['https://www.spiegel.de/politik/a.html', ['spiegel.de'], true],
    ['https://spiegel.de/a', ['www.spiegel.de'], true],
    ['https://m.faz.net/a', ['faz.net'], true],
    ['https://notfaz.net/a', ['faz.net'], false],
    ['https://faz.net.evil.example/a', ['faz.net'], false],
    ['not a url', ['faz.net'], false],
  ])('isSiteDisabled(%s, %j) → %s', (url, sites, expected) => {
    expect(isSiteDisabled({ ...defaultSettings, disabledSites: sites }, url)).toBe(expected);
  });

  it('normalizeSite', () => {
    expect(normalizeSite(' https://WWW.Example.com/x ')).toBe('example.com');
    expect(normalizeSite('')).toBe('');
  });
});
