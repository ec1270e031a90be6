import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
  apiAs,
  emailTo,
  expectDashboardFor,
  linkIn,
  openFromSidebar,
  signUpThroughPage,
  uniqueUser,
  type TestUser,
} from './helpers';

/** Types part of a name into an assignee box and picks the person from the list. */
async function pickAssignee(scope: Locator, box: Locator, name: string): Promise<void> {
  await box.fill(name.split(' ')[0] ?? name);
  await scope.getByRole('option', { name: new RegExp(name) }).click();
  await expect(box).toHaveValue(name);
}

/** The Owner invites an Employee through the Team page; the Employee joins in a browser of their own. */
async function inviteEmployee(page: Page, browser: Browser, invitee: TestUser, organizationName: string) {
  await openFromSidebar(page, /^Team$/, 'Team');
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  const inviteDialog = page.getByRole('dialog', { name: `Invite to ${organizationName}` });
  await inviteDialog.getByLabel(/^Email/).fill(invitee.email);
  await inviteDialog.getByLabel(/^Role/).selectOption('employee');
  await inviteDialog.getByRole('button', { name: 'Send invitation' }).click();
  const sent = page.getByRole('dialog', { name: 'Invitation sent' });
  // Email is not set up for these runs: the link went to the outbox file, and the dialog says so.
  await expect(sent.getByText(/written to the mail outbox file/)).toBeVisible();
  await expect(sent.getByText(/emailed/i)).toHaveCount(0);
  await sent.getByRole('button', { name: 'Done' }).click();

  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const employeePage = await context.newPage();
  await employeePage.goto(linkIn(await emailTo(invitee.email), 'accept-invitation'));
  await employeePage.getByLabel(/^First name/).fill(invitee.firstName);
  await employeePage.getByLabel(/^Last name/).fill(invitee.lastName);
  await employeePage.getByLabel(/^Username/).fill(invitee.username);
  await employeePage.getByLabel(/^Password/).fill(invitee.password);
  await employeePage.getByRole('button', { name: 'Create account and join' }).click();
  await expectDashboardFor(employeePage, organizationName);
  return { context, employeePage };
}

test('an Owner hands leads and a task to an Employee, who works them from My work', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const owner = uniqueUser('owner');
  const invitee = { ...uniqueUser('rep'), firstName: 'Casey', lastName: 'Rivera' };
  const employeeName = 'Casey Rivera';
  const organizationName = `Daily Work ${owner.suffix}`;
  await signUpThroughPage(page, owner, organizationName);
  const { context, employeePage } = await inviteEmployee(page, browser, invitee, organizationName);

  // Two leads and a deal of the Owner's own, made through the API.
  const api = await apiAs(page);
  const me = await api.get<{ id: number }>('employees/me/');
  const annLead = await api.post<{ id: number }>('leads/', {
    first_name: 'Ann',
    last_name: 'Lee',
    company: `Initech ${owner.suffix}`,
  });
  await api.post('leads/', { first_name: 'Bo', last_name: 'Chen', company: `Hooli ${owner.suffix}` });
  const customer = await api.post<{ id: number }>('customers/', { name: `Northwind ${owner.suffix}` });
  await api.post('deals/', { title: 'Owner deal', customer_id: customer.id, value: '900.00', assigned_to: me.id });

  // From the lead's form.
  await page.goto(`/leads/${String(annLead.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ann Lee' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Ann Lee' });
  await pickAssignee(edit, edit.getByRole('combobox', { name: /^Assigned to/ }), employeeName);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(employeeName, { exact: true }).first()).toBeVisible();

  // A task on it, which goes to the lead's assignee; due yesterday, so it is overdue.
  const composer = page.getByRole('form', { name: 'New activity' });
  await composer.getByText('Add a task').click();
  await composer.getByLabel(/^Subject/).fill('Call Ann about pricing');
  await expect(composer.getByRole('combobox', { name: /^Assigned to/ })).toHaveValue(employeeName);
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
  await composer.getByLabel(/^Due/).fill(`${yesterday}T09:00`);
  await composer.getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Call Ann about pricing')).toBeVisible();

  // From a bulk action on the list.
  await openFromSidebar(page, /^Leads$/, 'Leads');
  // The box is drawn over the (visually hidden) input it toggles.
  await page.getByRole('checkbox', { name: /^Select Bo Chen/ }).check({ force: true });
  const bar = page.getByRole('toolbar', { name: 'Actions on the selected leads' });
  await expect(bar).toContainText('1 selected');
  await bar.getByRole('button', { name: /Assign/ }).click();
  const assign = page.getByRole('dialog', { name: 'Assign 1 lead' });
  await pickAssignee(assign, assign.getByRole('combobox', { name: /^Assign to/ }), employeeName);
  await assign.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByTestId('bulk-result')).toContainText(`Assigned to ${employeeName}: 1 lead`);
  const table = page.getByRole('table', { name: 'Leads' });
  await expect(table.getByRole('row').filter({ hasText: 'Bo Chen' })).toContainText(employeeName);

  // The Employee's day.
  await employeePage.reload();
  const sidebar = employeePage.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('link', { name: /^My work\W*1 overdue or due today$/ })).toBeVisible();
  await openFromSidebar(employeePage, /^Leads$/, 'Leads');
  await employeePage.getByRole('combobox', { name: 'Assigned to' }).selectOption('me');
  await expect(employeePage).toHaveURL(/assigned_to=me/);
  const mine = employeePage.getByRole('table', { name: 'Leads' });
  await expect(mine.getByRole('link', { name: 'Ann Lee' })).toBeVisible();
  await expect(mine.getByRole('link', { name: 'Bo Chen' })).toBeVisible();
  await expect(employeePage.getByTestId('leads-count')).toHaveText('2');

  await openFromSidebar(employeePage, /^My work/, 'My work');
  const overdue = employeePage.getByRole('list', { name: 'Overdue work' });
  await expect(overdue.getByRole('link', { name: 'Call Ann about pricing' })).toHaveAttribute(
    'href',
    `/leads/${String(annLead.id)}`,
  );
  await overdue.getByRole('button', { name: 'Complete Call Ann about pricing' }).click();
  await expect(employeePage.getByText('Nothing overdue. Well done.')).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'My work', exact: true })).toBeVisible();

  // A colleague's deal: readable, not changeable.
  await openFromSidebar(employeePage, /^Deals$/, 'Deals');
  const card = employeePage.getByTestId('deal-card').filter({ hasText: 'Owner deal' });
  await expect(card).toBeVisible();
  await expect(employeePage.getByRole('button', { name: 'Move deal Owner deal' })).toHaveCount(0);
  await card.getByRole('link', { name: 'Owner deal' }).click();
  await expect(employeePage.getByRole('heading', { level: 1, name: 'Owner deal' })).toBeVisible();
  await expect(employeePage.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(employeePage.getByRole('button', { name: 'Mark won' })).toHaveCount(0);
  await employeePage.getByRole('link', { name: 'Sales Pipeline board' }).click();
  await expect(employeePage.getByTestId('deal-board')).toBeVisible();
  await context.close();
});

test('the deals board scrolls inside itself and never makes the page scroll sideways', async ({ page }) => {
  const user = uniqueUser('board');
  await signUpThroughPage(page, user, `Wide Boards ${user.suffix}`);
  const api = await apiAs(page);
  const customer = await api.post<{ id: number }>('customers/', { name: `Northwind ${user.suffix}` });
  const pipelines = await api.get<{ results: { is_default: boolean; stages: { id: number; kind: string }[] }[] }>(
    'pipelines/',
  );
  const stages = pipelines.results.find((pipeline) => pipeline.is_default)?.stages ?? [];
  for (const [index, stage] of stages.entries()) {
    await api.post('deals/', {
      title: `A deal with a rather long title that wraps over two lines, number ${String(index + 1)}`,
      customer_id: customer.id,
      value: '12500.00',
      stage_id: stage.id,
    });
  }

  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('/deals');
    const board = page.getByTestId('deal-board');
    await expect(board.getByTestId('deal-card')).toHaveCount(stages.length);
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    expect(widths.document, `the page at ${String(size.width)} px`).toBeLessThanOrEqual(widths.window);
    // Every stage is reachable by scrolling the board itself.
    expect(await board.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    const last = page.getByTestId('board-column').last();
    await board.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect(last).toBeInViewport();
  }
});
