import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';

test('two people on one hub see the connection and each other; one leaves', async ({ browser, hub }) => {
  const problems: string[] = [];
  const open = async () => {
    const context = await browser.newContext();
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

  const first = await open();
  const second = await open();

  for (const { shell } of [first, second]) {
    await expect(shell.areaName).toHaveText('KSPN Borobudur');
    await expect(shell.connection).toHaveText('Tersambung');
    await expect(shell.online).toHaveText('2 orang daring');
  }

  await second.context.close();
  await expect(first.shell.online).toHaveText('1 orang daring');
  await expect(first.shell.connection).toHaveText('Tersambung');

  await first.context.close();
  expect(problems).toEqual([]);
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
    const shell = new ShellPage(page);
    await shell.open(`${hub.httpUrl}?token=${token}`);
    await expect(shell.connection).toHaveText('Tersambung');

    await shell.open(hub.httpUrl);
    await expect(shell.connection).toHaveText('Terputus');
    await expect(shell.connection).toHaveAttribute('data-state', 'refused');
  });
});

test('switches to English and keeps the choice after a reload', async ({ page, hub }) => {
  const shell = new ShellPage(page);
  await shell.open(hub.httpUrl);
  await expect(shell.connection).toHaveText('Tersambung');
  await shell.language.selectOption('en');
  await expect(shell.connection).toHaveText('Connected');
  await expect(shell.online).toHaveText('1 online');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Building smart cities together');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(shell.connection).toHaveText('Connected');
  await shell.language.selectOption('id');
  await expect(shell.online).toHaveText('1 orang daring');
});
