/**
 * A browser's first visit loads the area's documents in one streamed request (`POST /snapshot`)
 * before their sockets open; later visits load this browser's IndexedDB copy instead. Whatever goes
 * wrong with the snapshot, the catalog still arrives whole over the sockets, and edits flow both ways.
 */
import type { Page, Request } from '@playwright/test';
import { encodeSnapshot } from '../../shared/sync/snapshot-format';
import { expect, test } from './fixtures';
import { CatalogPage } from './pages/catalog-page';
import { addInnovation } from './pages/innovation-form';
import { ShellPage } from './pages/shell-page';
import { KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';
import { seedDemo } from './seed';

const TOTAL = 150;
/** The area document and its 25 members. */
const DOCUMENTS = 26;

function snapshotRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/snapshot') requests.push(request);
  });
  return requests;
}

function sockets(page: Page): string[] {
  const opened: string[] = [];
  page.on('websocket', (socket) => opened.push(new URL(socket.url()).pathname));
  return opened;
}

const row = (page: Page, name: string) => page.getByTestId('catalog-row').filter({ hasText: name });

test('a first visit loads from one snapshot, then syncs live; the next visit loads its own copy', async ({
  browser,
  hub,
}) => {
  await seedDemo(hub.wsUrl);
  const klatenContext = await browser.newContext();
  const magelangContext = await browser.newContext();
  try {
    await withProfile(klatenContext, KLATEN_EDITOR);
    await withProfile(magelangContext, MAGELANG_EDITOR);
    const klaten = await klatenContext.newPage();
    const requests = snapshotRequests(klaten);
    const opened = sockets(klaten);
    const catalog = new CatalogPage(klaten);
    await catalog.open(hub.httpUrl);
    await expect(catalog.count).toHaveAttribute('data-count', String(TOTAL));
    expect(requests.map((request) => request.method())).toEqual(['POST']);
    const asked = JSON.parse(requests[0]?.postData() ?? '{}') as { rooms?: string[] };
    expect(asked.rooms).toHaveLength(DOCUMENTS);
    // The person's own region comes right after the area document.
    expect(asked.rooms?.slice(0, 2)).toEqual(['kspn-borobudur/area', 'kspn-borobudur/region/33.10']);
    // The sockets open once the catalog is on screen, one per document, and then it is in sync.
    await expect.poll(() => opened.length).toBe(DOCUMENTS);
    await expect(new ShellPage(klaten).sync).toHaveText('Tersinkron');

    // Live both ways over those sockets.
    const magelang = await magelangContext.newPage();
    const magelangCatalog = new CatalogPage(magelang);
    await magelangCatalog.open(hub.httpUrl);
    // Searched for first: in a list of 150 sorted by name, a new row may lie outside the drawn part.
    await catalog.search.fill('Pasar Tani Digital Magelang');
    await addInnovation(magelang, 'Pasar Tani Digital Magelang');
    await expect(row(klaten, 'Pasar Tani Digital Magelang')).toBeVisible();
    await addInnovation(klaten, 'Antrean Puskesmas Daring');
    await magelang.evaluate(() => {
      window.location.hash = '#/katalog';
    });
    await magelangCatalog.search.fill('Antrean Puskesmas Daring');
    await expect(row(magelang, 'Antrean Puskesmas Daring')).toBeVisible();

    // Reopened: this browser now keeps the area, so no snapshot is fetched again.
    await klaten.close();
    const again = await klatenContext.newPage();
    const requestsAgain = snapshotRequests(again);
    const reopened = new CatalogPage(again);
    await reopened.open(hub.httpUrl);
    await expect(reopened.count).toHaveAttribute('data-count', String(TOTAL + 2));
    expect(requestsAgain).toEqual([]);
  } finally {
    await klatenContext.close();
    await magelangContext.close();
  }
});

test('a failed, cut or garbled snapshot still ends in the whole catalog, over the sockets', async ({
  browser,
  hub,
}) => {
  await seedDemo(hub.wsUrl);
  const failures: [string, (body: Buffer) => { status: number; body: Buffer | string }][] = [
    ['an error answer', () => ({ status: 500, body: 'internal error' })],
    // The area and the first regions arrive, then the answer stops.
    ['an answer cut short', (body) => ({ status: 200, body: body.subarray(0, Math.floor(body.length / 3)) })],
    [
      'a garbled room',
      () => ({
        status: 200,
        body: Buffer.from(
          encodeSnapshot([
            { kind: 'document', name: 'kspn-borobudur/region/33.10', updates: [new Uint8Array([9, 9, 9])] },
          ]),
        ),
      }),
    ],
  ];
  for (const [what, answer] of failures) {
    const context = await browser.newContext();
    try {
      await withProfile(context, KLATEN_EDITOR);
      const page = await context.newPage();
      await page.route('**/snapshot', async (route) => {
        const real = await route.fetch();
        const { status, body } = answer(await real.body());
        await route.fulfill({ status, body, contentType: 'application/octet-stream' });
      });
      const catalog = new CatalogPage(page);
      await catalog.open(hub.httpUrl);
      await expect(catalog.count, what).toHaveAttribute('data-count', String(TOTAL));
      await expect(new ShellPage(page).sync, what).toHaveText('Tersinkron');
    } finally {
      await context.close();
    }
  }
});
