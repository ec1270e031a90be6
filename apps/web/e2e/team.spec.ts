import { expect, test } from '@playwright/test';
import {
  emailTo,
  escapeRegExp,
  expectDashboardFor,
  linkIn,
  logInThroughPage,
  openFromSidebar,
  signUpThroughPage,
  uniqueUser,
} from './helpers';

test('the Owner invites an Employee, who joins from the email link and sees a read-only app', async ({
  page,
  browser,
}) => {
  const owner = uniqueUser('owner');
  const invitee = uniqueUser('invitee');
  const organizationName = `Invite Works ${owner.suffix}`;
  const customerName = `Globex ${owner.suffix}`;
  const vendorName = `Acme Supplies ${owner.suffix}`;
  await signUpThroughPage(page, owner, organizationName);

  await openFromSidebar(page, 'Customers');
  await page.getByRole('button', { name: 'New customer' }).click();
  const customerDialog = page.getByRole('dialog', { name: 'New customer' });
  await customerDialog.getByLabel(/^Name/).fill(customerName);
  await customerDialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(customerDialog).toBeHidden();

  await openFromSidebar(page, 'Vendors');
  await page.getByRole('button', { name: 'New vendor' }).click();
  const vendorDialog = page.getByRole('dialog', { name: 'New vendor' });
  await vendorDialog.getByLabel(/^Name/).fill(vendorName);
  await vendorDialog.getByRole('button', { name: 'Create vendor' }).click();
  await expect(vendorDialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Vendors' }).getByRole('link', { name: vendorName })).toBeVisible();

  await openFromSidebar(page, 'Team');
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  const inviteDialog = page.getByRole('dialog', { name: `Invite to ${organizationName}` });
  await inviteDialog.getByLabel(/^Email/).fill(invitee.email);
  await inviteDialog.getByLabel(/^Role/).selectOption('employee');
  await inviteDialog.getByRole('button', { name: 'Send invitation' }).click();
  const sentDialog = page.getByRole('dialog', { name: 'Invitation sent' });
  const shownLink = await sentDialog.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(shownLink).toMatch(/\/accept-invitation\/\S+$/);
  await sentDialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('table', { name: 'Pending invitations' }).getByText(invitee.email)).toBeVisible();

  const acceptLink = linkIn(await emailTo(invitee.email), 'accept-invitation');
  expect(acceptLink).toBe(shownLink);

  // Someone else's browser: no token, no active organization.
  const inviteeContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const inviteePage = await inviteeContext.newPage();
  await inviteePage.goto(acceptLink);
  await expect(inviteePage.getByRole('heading', { level: 1, name: `Join ${organizationName}` })).toBeVisible();
  await expect(inviteePage.getByTestId('invitation-organization')).toHaveText(organizationName);
  await inviteePage.getByLabel(/^First name/).fill(invitee.firstName);
  await inviteePage.getByLabel(/^Last name/).fill(invitee.lastName);
  await inviteePage.getByLabel(/^Username/).fill(invitee.username);
  await inviteePage.getByLabel(/^Password/).fill(invitee.password);
  await inviteePage.getByRole('button', { name: 'Create account and join' }).click();
  await expectDashboardFor(inviteePage, organizationName);
  await expect(inviteePage.getByTestId('active-organization-role')).toHaveText('Employee');

  const sidebar = inviteePage.getByRole('navigation', { name: 'Main' });
  for (const label of ['Dashboard', 'Customers', 'Leads', 'Deals', 'Vendors', 'Employees', 'Organization', 'Team']) {
    await expect(sidebar.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expect(sidebar.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await expect(sidebar.getByRole('link', { name: 'Pipelines' })).toHaveCount(0);

  await openFromSidebar(inviteePage, 'Vendors');
  await expect(
    inviteePage.getByRole('table', { name: 'Vendors' }).getByRole('link', { name: vendorName }),
  ).toBeVisible();
  await expect(inviteePage.getByRole('button', { name: 'New vendor' })).toHaveCount(0);
  await expect(inviteePage.getByRole('button', { name: /delete/i })).toHaveCount(0);
  await inviteePage.getByRole('link', { name: vendorName }).click();
  await expect(inviteePage.getByRole('heading', { level: 1, name: vendorName })).toBeVisible();
  await expect(inviteePage.getByRole('button', { name: /delete|more actions|edit/i })).toHaveCount(0);

  await openFromSidebar(inviteePage, 'Customers');
  await inviteePage.getByRole('table', { name: 'Customers' }).getByRole('link', { name: customerName }).click();
  await expect(inviteePage.getByRole('heading', { level: 1, name: customerName })).toBeVisible();
  await expect(inviteePage.getByRole('button', { name: /delete|more actions/i })).toHaveCount(0);

  await inviteePage.goto('/settings/audit-log');
  await expect(inviteePage.getByText("You don't have access to this")).toBeVisible();
  await inviteeContext.close();

  // The Owner's team now lists the new member, and the invitation is no longer pending.
  await page.reload();
  const members = page.getByRole('table', { name: 'Members' });
  await expect(members.getByRole('row', { name: new RegExp(escapeRegExp(invitee.email)) })).toContainText('Employee');
  await expect(page.getByText('No pending invitations.')).toBeVisible();
});

test('forgot password: the emailed link sets a new password that logs in', async ({ page }) => {
  const user = uniqueUser('reset');
  const newPassword = `Brand-new-lantern-${user.suffix}-7`;
  await signUpThroughPage(page, user, `Reset Works ${user.suffix}`);
  await page.getByRole('button', { name: /account menu/i }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel(/^Email/).fill(user.email);
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(page.getByText('Check your email')).toBeVisible();

  const resetLink = linkIn(await emailTo(user.email), 'reset-password');
  await page.goto(resetLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();
  await page.getByLabel(/^New password/).fill(newPassword);
  await page.getByLabel(/^Confirm new password/).fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status').filter({ hasText: 'Your password has been reset' })).toBeVisible();

  await logInThroughPage(page, user.username, user.password);
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await logInThroughPage(page, user.username, newPassword);
  await expectDashboardFor(page, `Reset Works ${user.suffix}`);

  // The link works once.
  await page.goto(resetLink);
  await page.getByLabel(/^New password/).fill(`${newPassword}-again`);
  await page.getByLabel(/^Confirm new password/).fill(`${newPassword}-again`);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('link', { name: 'Request a new link' })).toBeVisible();
});
