import { expect, test } from '@playwright/test';
import {
  createOrganizationThroughSwitcher,
  escapeRegExp,
  expectDashboardFor,
  logInThroughPage,
  openOrganizationSwitcher,
  signUpThroughPage,
  switchOrganization,
  uniqueUser,
} from './helpers';

test('sign up, log out and log in again', async ({ page }) => {
  const user = uniqueUser('journey');
  const organizationName = `Harbor Supplies ${user.suffix}`;

  await signUpThroughPage(page, user, organizationName);
  await expect(page.getByTestId('active-organization-role')).toHaveText('Owner');
  await expect(page.getByTestId('active-organization-currency')).not.toBeEmpty();

  await page.getByRole('button', { name: /account menu/i }).click();
  await expect(page.getByTestId('user-menu-name')).toHaveText(`${user.firstName} ${user.lastName}`);
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await page.evaluate(() => localStorage.getItem('authToken'))).toBeNull();

  await logInThroughPage(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  await expectDashboardFor(page, organizationName);
});

test('wrong password shows the API message, and a signed-out deep link comes back after login', async ({ page }) => {
  const user = uniqueUser('deeplink');
  const organizationName = `Deep Link Ltd ${user.suffix}`;
  await signUpThroughPage(page, user, organizationName);
  await page.evaluate(() => localStorage.removeItem('authToken'));

  await page.goto('/no-such-page');
  await expect(page).toHaveURL(/\/login\?next=%2Fno-such-page$/);
  await logInThroughPage(page, user.email, 'not-the-password-123');
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await expect(page).toHaveURL(/\/login\?next=/);

  await logInThroughPage(page, user.email, user.password);
  await expect(page).toHaveURL(/\/no-such-page$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

  // A token the API no longer accepts: the 401 clears it and sends the user to log in, keeping the path.
  await page.evaluate(() => localStorage.setItem('authToken', 'revoked-token'));
  await page.goto('/another-page?tab=notes');
  await expect(page).toHaveURL(/\/login\?next=%2Fanother-page%3Ftab%3Dnotes$/);
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('authToken'))).toBeNull();
});

test('two tabs stay on their own organizations', async ({ context }) => {
  const user = uniqueUser('tabs');
  const firstOrganization = `Alpha Works ${user.suffix}`;
  const secondOrganization = `Beta Traders ${user.suffix}`;

  const tabA = await context.newPage();
  await signUpThroughPage(tabA, user, firstOrganization);

  // Tab B shares the token (localStorage) but has its own sessionStorage.
  const tabB = await context.newPage();
  await tabB.goto('/');
  await expectDashboardFor(tabB, firstOrganization);

  await createOrganizationThroughSwitcher(tabA, secondOrganization);
  await tabB.reload();
  await expectDashboardFor(tabB, firstOrganization);

  await switchOrganization(tabA, firstOrganization);
  await switchOrganization(tabB, secondOrganization);

  await openOrganizationSwitcher(tabB);
  await expect(tabB.getByRole('menuitemradio', { name: new RegExp(escapeRegExp(secondOrganization)) })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await tabB.keyboard.press('Escape');

  // B switched last, so B's organization is now the default; A must still keep its own.
  const meResponse = tabA.waitForResponse((response) => response.url().endsWith('/api/users/me/'));
  await tabA.reload();
  const me = (await (await meResponse).json()) as { memberships: { organization: { id: number; name: string } }[] };
  await expectDashboardFor(tabA, firstOrganization);
  await tabB.reload();
  await expectDashboardFor(tabB, secondOrganization);

  const idOf = (name: string) => String(me.memberships.find((m) => m.organization.name === name)?.organization.id);
  const requestFromA = tabA.waitForRequest((request) => request.url().includes('/api/organizations/my_organizations/'));
  await openOrganizationSwitcher(tabA);
  expect(await (await requestFromA).headerValue('x-organization-id')).toBe(idOf(firstOrganization));
});
