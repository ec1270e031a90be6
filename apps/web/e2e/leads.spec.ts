import { expect, test } from '@playwright/test';
import { signUpThroughPage, uniqueUser } from './helpers';

test('create a lead, see its score, convert it with a deal and land on the new customer', async ({ page }) => {
  const user = uniqueUser('leads');
  await signUpThroughPage(page, user, `Lead Makers ${user.suffix}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();
  await expect(page.getByText('No leads yet')).toBeVisible();

  const company = `Initech ${user.suffix}`;
  await page.getByRole('button', { name: 'New lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await dialog.getByLabel(/^First name/).fill('Ann');
  await dialog.getByLabel(/^Last name/).fill('Lee');
  await dialog.getByLabel(/^Company/).fill(company);
  await dialog.getByLabel(/^Job title/).fill('CFO');
  await dialog.getByLabel(/^Email/).fill('ann@initech.test');
  await dialog.getByLabel(/^Source/).selectOption('referral');
  await dialog.getByLabel(/^Estimated value/).fill('60000');
  // email 10 + company 15 + job title 10 + referral 25 + value above 50,000 15 (PRODUCT §5).
  await expect(dialog.getByTestId('lead-score')).toHaveText('75');
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByRole('table', { name: 'Leads' });
  const row = table.getByRole('row').filter({ hasText: company });
  const score = row.getByTestId('lead-score');
  await expect(score).toHaveText('75');
  await expect(score).toHaveAttribute('data-band', 'high');
  await expect(row.getByText('New', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: 'Actions for Ann Lee' }).click();
  await page.getByRole('menuitem', { name: 'Qualify', exact: true }).click();
  await expect(row.getByText('Qualified', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: 'Actions for Ann Lee' }).click();
  await page.getByRole('menuitem', { name: 'Convert…' }).click();
  const convert = page.getByRole('dialog', { name: 'Convert Ann Lee' });
  await expect(convert.getByLabel(/^Customer type/)).toHaveValue('business');
  await expect(convert.getByRole('checkbox', { name: 'Also create a deal' })).toBeChecked();
  await expect(convert.getByLabel(/^Deal title/)).toHaveValue(company);
  await expect(convert.getByLabel(/^Deal value/)).toHaveValue('60000.00');
  await convert.getByRole('button', { name: 'Convert lead' }).click();

  await expect(page).toHaveURL(/\/customers\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ann Lee' })).toBeVisible();
  const deals = page.getByRole('table', { name: 'Deals of this customer' });
  const dealRow = deals.getByRole('row').filter({ hasText: company });
  await expect(dealRow.getByRole('link', { name: company })).toHaveAttribute('href', /\/deals\/\d+$/);
  await expect(dealRow).toContainText('Lead');
  await expect(dealRow).toContainText(/60,000\.00/);

  // A customer with deals cannot be deleted; the dialog says why instead of failing silently.
  await page.getByRole('button', { name: 'More actions for Ann Lee' }).click();
  await page.getByRole('menuitem', { name: 'Delete customer' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Ann Lee?' });
  await confirm.getByRole('button', { name: 'Delete customer' }).click();
  await expect(confirm.getByText('This customer cannot be deleted yet')).toBeVisible();
  await expect(confirm).toContainText('1 deal');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  // The lead is final now: no more actions, a way to its customer.
  await page.getByRole('link', { name: 'Converted from a lead' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ann Lee' })).toBeVisible();
  // The status badge in the header (the timeline also says "Converted" once it loads).
  await expect(page.locator('span.chakra-badge').getByText('Converted', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open customer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Convert' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Qualify' })).toHaveCount(0);
  await expect(page.getByText(/converted this lead into a customer/)).toBeVisible();
});
