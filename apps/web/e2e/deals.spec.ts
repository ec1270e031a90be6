import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { signUpThroughPage, uniqueUser } from './helpers';

interface StageSummary {
  id: number;
  name: string;
}

interface DealSummary {
  id: number;
  title: string;
}

/** Calls the API as the signed-up user, with the token the app keeps in localStorage. */
async function apiAs(page: Page) {
  const token = await page.evaluate(() => localStorage.getItem('authToken'));
  expect(token).toBeTruthy();
  const headers = { Authorization: `Token ${String(token)}` };
  const request: APIRequestContext = page.request;
  return {
    async post<T>(path: string, data: unknown): Promise<T> {
      const response = await request.post(`/api/${path}`, { headers, data });
      expect(response.status(), `POST /api/${path}: ${await response.text()}`).toBe(201);
      return (await response.json()) as T;
    },
    async get<T>(path: string): Promise<T> {
      const response = await request.get(`/api/${path}`, { headers });
      expect(response.ok(), `GET /api/${path}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}

/** A fresh user with one customer and deals in the default pipeline's Proposal stage. */
async function signUpWithDeals(page: Page, titles: string[]): Promise<DealSummary[]> {
  const user = uniqueUser('deals');
  await signUpThroughPage(page, user, `Board Works ${user.suffix}`);
  const api = await apiAs(page);
  const customer = await api.post<{ id: number }>('customers/', { name: `Northwind ${user.suffix}` });
  const pipelines = await api.get<{ results: { is_default: boolean; stages: StageSummary[] }[] }>('pipelines/');
  const proposal = pipelines.results.find((p) => p.is_default)?.stages.find((s) => s.name === 'Proposal');
  expect(proposal).toBeDefined();
  const deals: DealSummary[] = [];
  for (const title of titles) {
    deals.push(
      await api.post<DealSummary>('deals/', {
        title,
        customer_id: customer.id,
        value: '1500.00',
        stage_id: proposal?.id,
      }),
    );
  }
  return deals;
}

const column = (page: Page, stageName: string): Locator =>
  page.getByTestId('board-column').and(page.locator(`[data-stage-name="${stageName}"]`));

const card = (scope: Page | Locator, title: string): Locator =>
  scope.getByTestId('deal-card').filter({ hasText: title });

/** A real pointer drag in small steps, so dnd-kit's PointerSensor activates and tracks it. */
async function dragTo(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('The card or the column is not on screen.');
  const startX = from.x + from.width / 2;
  const startY = from.y + from.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 10, startY + 5, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 160), { steps: 25 });
  await page.mouse.up();
}

test('drag a deal from Proposal to Negotiation and it stays there after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  const [deal] = await signUpWithDeals(page, ['Rooftop solar install']);
  await page.goto('/deals');

  const proposal = column(page, 'Proposal');
  const negotiation = column(page, 'Negotiation');
  await expect(card(proposal, 'Rooftop solar install')).toBeVisible();
  await expect(negotiation.getByTestId('column-total')).toHaveText(/0\.00/);

  const moved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/deals/${String(deal?.id)}/move_stage/`) && r.request().method() === 'POST',
  );
  await dragTo(page, card(proposal, 'Rooftop solar install'), negotiation);
  expect((await moved).status()).toBe(200);

  await expect(card(negotiation, 'Rooftop solar install')).toBeVisible();
  await expect(card(proposal, 'Rooftop solar install')).toHaveCount(0);
  await expect(negotiation.getByTestId('column-total')).toHaveText(/1,500\.00/);

  await page.reload();
  await expect(card(column(page, 'Negotiation'), 'Rooftop solar install')).toBeVisible();
  await expect(card(column(page, 'Proposal'), 'Rooftop solar install')).toHaveCount(0);
});

test('mark a deal won from the card menu; it shows in Closed Won and with a won badge', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await signUpWithDeals(page, ['Fleet tracking rollout']);
  await page.goto('/deals');

  await page.getByRole('button', { name: 'Actions for deal Fleet tracking rollout' }).click();
  await page.getByRole('menuitem', { name: 'Mark won' }).click();

  await expect(card(column(page, 'Closed Won'), 'Fleet tracking rollout')).toBeVisible();
  await expect(card(column(page, 'Proposal'), 'Fleet tracking rollout')).toHaveCount(0);

  await card(column(page, 'Closed Won'), 'Fleet tracking rollout')
    .getByRole('link', { name: 'Fleet tracking rollout' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet tracking rollout' })).toBeVisible();
  const badge = page.getByTestId('deal-stage-badge');
  await expect(badge).toHaveText('Closed Won');
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark won' })).toHaveCount(0);
});

test('a deal can be moved with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await signUpWithDeals(page, ['Keyboard only deal']);
  await page.goto('/deals');

  // dnd-kit's live region says where the card is; a screen reader user waits for it as this test does.
  const announcement = page.locator('[id^="DndLiveRegion"]');
  await page.getByRole('button', { name: 'Move deal Keyboard only deal' }).focus();
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText('Keyboard only deal is over Proposal.');
  await page.keyboard.press('ArrowRight');
  await expect(announcement).toHaveText('Keyboard only deal is over Negotiation.');
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText('Keyboard only deal was dropped on Negotiation.');

  await expect(card(column(page, 'Negotiation'), 'Keyboard only deal')).toBeVisible();
  await page.reload();
  await expect(card(column(page, 'Negotiation'), 'Keyboard only deal')).toBeVisible();
});
