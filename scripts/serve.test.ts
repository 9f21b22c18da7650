// The fixtures server: serves demo and real pages as a site would, and nothing outside them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { FIXTURES_DIR, portFrom, resolvePath, startServer, type RunningServer } from './serve.mjs';

describe('startServer', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 on a free port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves a demo article as UTF-8 HTML', async () => {
    const response = await fetch(`${server.url}/demo/schoigu-iran.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Pjöng&shy;jang');
  });

  it('serves a real page and the demo index for a folder', async () => {
    expect((await fetch(`${server.url}/pages/fr.de.nordkorea.html`)).status).toBe(200);
    const index = await fetch(`${server.url}/demo/`);
    expect(await index.text()).toContain('patruschew-teheran.html');
  });

  it('sends / to the demo articles', async () => {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/demo/');
  });

  it('answers 404 for what is not there', async () => {
    expect((await fetch(`${server.url}/demo/nope.html`)).status).toBe(404);
  });
});

describe('resolvePath', () => {
  it.each([
    ['/demo/index.html', resolve(FIXTURES_DIR, 'demo/index.html')],
    ['/demo/a%20b.html', resolve(FIXTURES_DIR, 'demo/a b.html')],
    ['/../package.json', null],
    ['/demo/%2e%2e/%2e%2e/package.json', null],
    ['/demo/%00', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (path, expected) => {
    expect(resolvePath(FIXTURES_DIR, path)).toBe(expected);
  });
});

describe('portFrom', () => {
  it.each([
    [[], {}, 4321],
    [['8080'], {}, 8080],
    [[], { PORT: '5000' }, 5000],
    [[], { LAGEBILD_PORT: '0' }, 0],
    [['--verbose', '9000'], { PORT: '5000' }, 9000],
  ])('argv %j env %j → %i', (argv, env, port) => {
    expect(portFrom(argv as string[], env)).toBe(port);
  });
});
