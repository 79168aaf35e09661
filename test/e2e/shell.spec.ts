import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';
import { KLATEN_EDITOR, MAGELANG_EDITOR, useProfile } from './profile';

test('two people on one hub see the sync status and each other; one leaves', async ({ browser, hub }) => {
  const problems: string[] = [];
  const open = async (profile: typeof KLATEN_EDITOR) => {
    const context = await browser.newContext();
    await useProfile(context, profile);
    const page = await context.newPage();
    // A CSP violation or an uncaught error is a failure even if the page looks right.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const shell = new ShellPage(page);
    await shell.open(hub.httpUrl);
    return { context, shell };
  };

  const klaten = await open(KLATEN_EDITOR);
  const magelang = await open(MAGELANG_EDITOR);

  for (const { shell } of [klaten, magelang]) {
    await expect(shell.areaName).toHaveText('KSPN Borobudur');
    await expect(shell.sync).toHaveText('Tersinkron');
    await expect(shell.online).toHaveText('2 orang daring');
    await expect(shell.person('Sri Wahyuni')).toBeVisible();
    await expect(shell.person('Bagus Prasetyo')).toBeVisible();
  }
  await expect(klaten.shell.identity).toHaveText('Sri Wahyuni · Kab. Klaten');
  await klaten.shell.person('Bagus Prasetyo').hover();
  await expect(klaten.shell.page.getByRole('tooltip')).toHaveText('Bagus Prasetyo · Kab. Magelang');

  await magelang.context.close();
  await expect(klaten.shell.online).toHaveText('1 orang daring');
  await expect(klaten.shell.person('Bagus Prasetyo')).toHaveCount(0);

  await klaten.context.close();
  expect(problems).toEqual([]);
});

test('the sync status says offline while the node is down and synced again after it returns', async ({
  page,
  hub,
}) => {
  await useProfile(page, KLATEN_EDITOR);
  const shell = new ShellPage(page);
  await shell.open(hub.httpUrl);
  await expect(shell.sync).toHaveText('Tersinkron');
  await expect(page.getByTestId('last-sync-primary')).toHaveCount(0);
  await hub.stop();
  await expect(shell.sync).toHaveText('Luring');
  // Offline, the header says how old the data on screen may be.
  await expect(page.getByTestId('last-sync-primary')).toHaveText(/^sinkron \d{2}\.\d{2}$/);
  await hub.restart();
  await expect(shell.sync).toHaveText('Tersinkron');
  await expect(page.getByTestId('last-sync-primary')).toHaveCount(0);
});

test.describe('on a hub that requires a token', () => {
  const token = 'e2e-token-klaten-0001';
  test.use({
    hubTokens: {
      tokens: [{ token, name: 'Diskominfo Klaten', region: '33.10', read: ['kspn-borobudur/*'], write: [] }],
    },
  });

  test('a link with the token connects; one without is shown as refused, not as connecting', async ({
    page,
    hub,
  }) => {
    await useProfile(page, KLATEN_EDITOR);
    const shell = new ShellPage(page);
    await shell.open(`${hub.httpUrl}?token=${token}`);
    await expect(shell.sync).toHaveText('Tersinkron');

    await shell.open(hub.httpUrl);
    await expect(shell.sync).toHaveText('Akses ditolak');
    await expect(shell.sync).toHaveAttribute('data-phase', 'refused');
  });
});

test('switches to English and keeps the choice after a reload', async ({ page, hub }) => {
  await useProfile(page, KLATEN_EDITOR);
  const shell = new ShellPage(page);
  await shell.open(hub.httpUrl);
  await expect(shell.sync).toHaveText('Tersinkron');
  await shell.language.selectOption('en');
  await expect(shell.sync).toHaveText('Synced');
  await expect(shell.online).toHaveText('1 online');
  await expect(page.getByRole('navigation')).toContainText('Innovation catalog');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(shell.sync).toHaveText('Synced');
  await shell.language.selectOption('id');
  await expect(shell.online).toHaveText('1 orang daring');
});
