/**
 * The innovation catalog list on the 150-innovation demo set: everything shown, search as one types
 * (any letter case), a region filter that lives in the URL so the same link opens the same list in
 * another browser, and what a viewer may not do.
 */
import type { Profile } from '../../renderer/src/data/profile';
import type { GeneratedArea } from '../../shared/model/demo/generate';
import { type Innovation, readInnovations } from '../../shared/model/innovation';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { CatalogPage } from './pages/catalog-page';
import { KLATEN_EDITOR, useProfile } from './profile';
import { seedDemo } from './seed';

const TOTAL = 150;
/** The header is the shell's (checked by its own tests); the axe checks here are about the catalog. */
const CATALOG_ONLY = { exclude: 'header' };
const KLATEN = '33.10';

const VIEWER: Profile = { ...KLATEN_EDITOR, name: 'Dewi Anggraini', region: null, role: 'viewer' };

function innovationsOf(demo: GeneratedArea, code: string): Innovation[] {
  const doc = demo.regions.get(code);
  if (!doc) throw new Error(`no document for ${code} in the demo set`);
  return readInnovations(doc, code, code, (problem) => {
    throw new Error(`demo data invalid: ${problem.problem}`);
  });
}

/**
 * An innovation of the first region and the word of its name that the fewest other names share,
 * so that a search for it lists few entries and this one among the first.
 */
function distinctiveInnovation(demo: GeneratedArea): { innovation: Innovation; word: string } {
  const all = [...demo.regions.keys()].flatMap((code) => innovationsOf(demo, code));
  const [firstCode] = demo.regions.keys();
  if (firstCode === undefined) throw new Error('empty demo set');
  let best: { innovation: Innovation; word: string; shared: number } | null = null;
  for (const innovation of innovationsOf(demo, firstCode)) {
    for (const word of innovation.name.split(/\s+/).filter((w) => /^\p{L}{5,}$/u.test(w))) {
      const shared = all.filter((other) => other.name.toLowerCase().includes(word.toLowerCase())).length;
      if (best === null || shared < best.shared) best = { innovation, word, shared };
    }
  }
  if (best === null) throw new Error('no innovation name with a word of five letters or more');
  return best;
}

test('shows the whole catalog and finds an innovation by part of its name in any letter case', async ({
  page,
  hub,
}, testInfo) => {
  const demo = await seedDemo(hub.wsUrl);
  const { innovation, word } = distinctiveInnovation(demo);
  const key = `${innovation.regionCode}/${innovation.id}`;
  await useProfile(page, KLATEN_EDITOR);
  await page.setViewportSize({ width: 1366, height: 768 });
  const catalog = new CatalogPage(page);
  await catalog.open(hub.httpUrl);

  await expect(catalog.count).toHaveAttribute('data-count', String(TOTAL));
  await expect(catalog.count).toHaveText(`${TOTAL} inovasi`);
  await expect(catalog.rows.first()).toBeVisible();
  await expect(catalog.addButton).toBeVisible();
  await expectAccessible(page, 'catalog table', CATALOG_ONLY);
  await testInfo.attach('catalog-1366x768', { body: await page.screenshot(), contentType: 'image/png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(catalog.rows.first()).toBeVisible();
  await testInfo.attach('catalog-1024x768', { body: await page.screenshot(), contentType: 'image/png' });

  // "/" reaches the search box from anywhere on the page; the query is part of a word, upper case.
  await page.getByRole('heading', { name: 'Katalog inovasi' }).click();
  await page.keyboard.press('/');
  await expect(catalog.search).toBeFocused();
  const query = word.slice(0, Math.max(4, word.length - 1)).toUpperCase();
  await page.keyboard.type(query);
  // The row is also in the unfiltered list: wait for the list to narrow before reading the count.
  await expect(catalog.count).not.toHaveAttribute('data-count', String(TOTAL));
  await expect(catalog.row(key)).toBeVisible();
  const found = Number(await catalog.count.getAttribute('data-count'));
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(TOTAL);
  await expect(catalog.count).toHaveText(`${found} dari ${TOTAL} inovasi`);
  // The search text goes into the URL once typing pauses, so the view can be shared.
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));

  // A query nothing matches says so and offers the way back.
  await catalog.search.fill('zzqxv tidak ada');
  await expect(catalog.count).toHaveAttribute('data-count', '0');
  await expect(page.getByText('Tidak ada inovasi yang cocok')).toBeVisible();
  await page.getByRole('button', { name: 'Hapus pencarian dan filter' }).click();
  await expect(catalog.count).toHaveAttribute('data-count', String(TOTAL));
  await expect(catalog.search).toHaveValue('');

  // A row is a link to the innovation: keyboard focus and Enter open it.
  await catalog.search.fill(query);
  await catalog.row(key).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/katalog/${key.replace('.', '\\.')}$`));
});

test('a region filter narrows the list, lives in the URL, and the same link shows the same list elsewhere', async ({
  page,
  browser,
  hub,
}) => {
  const demo = await seedDemo(hub.wsUrl);
  const klaten = innovationsOf(demo, KLATEN).length;
  await useProfile(page, KLATEN_EDITOR);
  await page.setViewportSize({ width: 1366, height: 768 });
  const catalog = new CatalogPage(page);
  await catalog.open(hub.httpUrl);
  await expect(catalog.count).toHaveAttribute('data-count', String(TOTAL));

  await catalog.filterButton.click();
  await expect(catalog.filterPanel).toBeVisible();
  await expectAccessible(page, 'filter panel', CATALOG_ONLY);
  await page.keyboard.press('Escape');
  await expect(catalog.filterPanel).toBeHidden();

  await catalog.filterByRegions(['Kab. Klaten']);
  await expect(catalog.count).toHaveAttribute('data-count', String(klaten));
  await expect(catalog.count).toHaveText(`${klaten} dari ${TOTAL} inovasi`);
  await expect(page.getByRole('button', { name: 'Hapus filter Kab. Klaten' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]regions=${KLATEN.replace('.', '\\.')}`));
  for (const row of await catalog.rows.all()) await expect(row).toHaveAttribute('data-key', /^33\.10\//);

  // Someone else opens the link: same filter, same list, same count.
  const other = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await useProfile(other, VIEWER);
  try {
    const otherPage = await other.newPage();
    await otherPage.goto(page.url());
    const shared = new CatalogPage(otherPage);
    await expect(shared.count).toHaveAttribute('data-count', String(klaten));
    await expect(otherPage.getByRole('button', { name: 'Hapus filter Kab. Klaten' })).toBeVisible();
    await expect(shared.rows).toHaveCount(klaten);
    expect(await shared.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')))).toEqual(
      await catalog.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key'))),
    );
  } finally {
    await other.close();
  }

  await catalog.clearFilters.click();
  await expect(catalog.count).toHaveAttribute('data-count', String(TOTAL));
  await expect(page).not.toHaveURL(/regions=/);
});

test('a viewer browses the catalog but is not offered "Tambah inovasi"', async ({ page, hub }) => {
  await seedDemo(hub.wsUrl);
  await useProfile(page, VIEWER);
  const catalog = new CatalogPage(page);
  await catalog.open(hub.httpUrl);
  await expect(catalog.count).toHaveAttribute('data-count', String(TOTAL));
  await expect(catalog.addButton).toHaveCount(0);
  // Nor does its shortcut lead there.
  await page.getByRole('heading', { name: 'Katalog inovasi' }).click();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#\/katalog$/);
});

test('on a phone the catalog shows cards', async ({ page, hub }) => {
  await seedDemo(hub.wsUrl);
  await useProfile(page, KLATEN_EDITOR);
  await page.setViewportSize({ width: 390, height: 844 });
  const catalog = new CatalogPage(page);
  // Even when the link asks for the table.
  await catalog.open(hub.httpUrl, '?tampilan=tabel');
  await expect(catalog.count).toHaveAttribute('data-count', String(TOTAL));
  await expect(catalog.cards.first()).toBeVisible();
  await expect(catalog.rows).toHaveCount(0);
  await expectAccessible(page, 'catalog cards on a phone', CATALOG_ONLY);
});
