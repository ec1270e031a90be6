import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { escapeRegExp, signUpThroughPage, uniqueUser } from './helpers';

async function openCustomers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
}

async function createCustomerThroughDialog(page: Page, values: { name: string; email?: string; city?: string }) {
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByLabel(/^Name/).fill(values.name);
  if (values.email) await dialog.getByLabel(/^Email/).fill(values.email);
  if (values.city) await dialog.getByLabel(/^City/).fill(values.city);
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(dialog).toBeHidden();
  // The success toast names the new record with its code.
  await expect(page.getByText(new RegExp(`^${escapeRegExp(values.name)} \\(CUST-\\d{3,}\\)$`))).toBeVisible();
}

test('create a customer through the dialog and find it by search in the list', async ({ page }) => {
  const user = uniqueUser('customers');
  await signUpThroughPage(page, user, `Customer Works ${user.suffix}`);
  await openCustomers(page);
  await expect(page.getByText('No customers yet')).toBeVisible();

  // The contract's rules run before anything is sent.
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByLabel(/^Email/).fill('not-an-email');
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(dialog.getByText('This field is required.')).toBeVisible();
  await expect(dialog.getByText('Enter a valid email address.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const globex = `Globex ${user.suffix}`;
  await createCustomerThroughDialog(page, { name: globex, email: 'buyer@globex.test', city: 'Springfield' });
  await createCustomerThroughDialog(page, { name: `Initech ${user.suffix}` });
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row')).toHaveCount(3);

  await page.getByRole('searchbox', { name: 'Search customers' }).fill('globex');
  await expect(page).toHaveURL(/\/customers\?search=globex$/);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: globex })).toBeVisible();

  // The search lives in the URL: a reload shows the same view.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search customers' })).toHaveValue('globex');
  await expect(table.getByRole('row')).toHaveCount(2);

  // Export downloads the list as it is filtered now: the header and the one matching customer.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d\d-\d\d\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFcode,external_id,name,')).toBe(true);
  expect(csv.trim().split('\n')).toHaveLength(2);
  expect(csv).toContain(`CUST-001,,${globex},`);

  await table.getByRole('link', { name: globex }).click();
  await expect(page).toHaveURL(/\/customers\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: globex })).toBeVisible();
  await expect(page.getByText('CUST-001')).toBeVisible();
  await expect(page.getByRole('link', { name: 'buyer@globex.test' })).toBeVisible();
  await expect(page.getByText('No deals with this customer yet.')).toBeVisible();
  await expect(page.getByText(/created this customer/)).toBeVisible();
});

test('log a call and a task on a customer, then complete the task', async ({ page }) => {
  const user = uniqueUser('timeline');
  await signUpThroughPage(page, user, `Timeline Traders ${user.suffix}`);
  await openCustomers(page);
  await createCustomerThroughDialog(page, { name: `Hooli ${user.suffix}` });
  await page
    .getByRole('table', { name: 'Customers' })
    .getByRole('link', { name: `Hooli ${user.suffix}` })
    .click();

  const composer = page.getByRole('form', { name: 'New activity' });
  await composer.getByLabel(/^Subject/).fill('Intro call');
  await composer.getByLabel(/^Details/).fill('Wants a demo next week.');
  await composer.getByRole('button', { name: 'Log call' }).click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByText('Intro call')).toBeVisible();
  await expect(timeline.getByText('Wants a demo next week.')).toBeVisible();

  await composer.getByText('Add a task').click();
  await composer.getByLabel(/^Subject/).fill('Send the proposal');
  await expect(composer.getByLabel(/^Due/)).not.toHaveValue('');
  await composer.getByRole('button', { name: 'Add task' }).click();
  await expect(timeline.getByText('Send the proposal')).toBeVisible();
  await expect(timeline.getByText(/^Due /)).toBeVisible();

  await timeline.getByRole('button', { name: 'Complete task Send the proposal' }).click();
  await expect(timeline.getByRole('button', { name: /Complete task/ })).toHaveCount(0);
  await expect(timeline.getByText('Completed')).toBeVisible();

  // Edits show up as events with old → new values (the Owner may see them).
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: /^Edit Hooli/ });
  await dialog.getByLabel(/^Status/).selectOption('vip');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(timeline.getByText(`${user.firstName} ${user.lastName} changed status`)).toBeVisible();
  await expect(timeline.getByRole('list', { name: 'Changes' }).first()).toContainText('Active → changed to VIP');
});
