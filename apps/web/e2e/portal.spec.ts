import { expect, test } from '@playwright/test';
import { emailTo, expectDashboardFor, linkIn, openFromSidebar, signUpThroughPage, uniqueUser } from './helpers';

test('a customer joins the portal, raises an issue, and sees the reply, the payment and the resolution', async ({
  page,
  browser,
}) => {
  // Two people and a dozen pages: longer than one page's journey.
  test.setTimeout(120_000);
  const owner = uniqueUser('owner');
  const client = uniqueUser('client');
  const organizationName = `Portal Works ${owner.suffix}`;
  const customerName = `Globex ${owner.suffix}`;
  const issueTitle = `Box arrived crushed ${owner.suffix}`;
  const internalNote = `Courier claim filed ${owner.suffix}`;
  const publicReply = `A replacement ships today ${owner.suffix}`;
  await signUpThroughPage(page, owner, organizationName);

  // Staff: a customer with an email, and an order for it (3 × 19.99).
  await openFromSidebar(page, 'Customers');
  await page.getByRole('button', { name: 'New customer' }).click();
  const customerDialog = page.getByRole('dialog', { name: 'New customer' });
  await customerDialog.getByLabel(/^Name/).fill(customerName);
  await customerDialog.getByLabel(/^Email/).fill(client.email);
  await customerDialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(customerDialog).toBeHidden();
  await page.getByRole('table', { name: 'Customers' }).getByRole('link', { name: customerName }).click();
  await expect(page.getByRole('heading', { level: 1, name: customerName })).toBeVisible();

  await page.getByRole('button', { name: 'New order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New order' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Customer/ })).toHaveValue(customerName);
  await page.getByRole('textbox', { name: 'Product, line 1' }).fill('Widget');
  await page.getByRole('textbox', { name: 'Quantity, line 1' }).fill('3');
  await page.getByRole('textbox', { name: 'Unit price, line 1' }).fill('19.99');
  await expect(page.getByTestId('order-total')).toHaveText('$59.97');
  await page.getByRole('button', { name: 'Create order' }).click();
  const orderHeading = page.getByRole('heading', { level: 1, name: /^ORD-\d+$/ });
  await expect(orderHeading).toBeVisible();
  const orderCode = (await orderHeading.textContent()) ?? '';
  await expect(page.getByTestId('order-status')).toHaveText('Draft');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Pending');
  await expect(page.getByTestId('order-balance-due')).toHaveText('$59.97');

  // Staff invites the customer to the portal: the link is shown, and where the email went.
  await page.getByRole('link', { name: customerName }).click();
  await expect(page.getByRole('heading', { level: 1, name: customerName })).toBeVisible();
  await expect(page.getByTestId('balance-due')).toHaveText('$59.97');
  await page.getByRole('button', { name: 'Invite to portal' }).click();
  const inviteDialog = page.getByRole('dialog', { name: `Invite ${customerName} to the portal` });
  await expect(inviteDialog.getByLabel(/^Email/)).toHaveValue(client.email);
  await inviteDialog.getByRole('button', { name: 'Send invitation' }).click();
  const sentDialog = page.getByRole('dialog', { name: 'Portal invitation sent' });
  await expect(sentDialog.getByTestId('portal-invitation-delivery')).toContainText('outbox');
  const shownLink = await sentDialog.getByRole('textbox', { name: 'Portal invitation link' }).inputValue();
  await sentDialog.getByRole('button', { name: 'Done' }).click();
  const acceptLink = linkIn(await emailTo(client.email), 'accept-invitation');
  expect(acceptLink).toBe(shownLink);

  // The customer, in a browser of their own, creates their login from the link.
  const clientContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const clientPage = await clientContext.newPage();
  await clientPage.goto(acceptLink);
  await expect(clientPage.getByRole('heading', { level: 1, name: `Join ${organizationName}` })).toBeVisible();
  await clientPage.getByLabel(/^First name/).fill('Sam');
  await clientPage.getByLabel(/^Last name/).fill('Client');
  await clientPage.getByLabel(/^Username/).fill(client.username);
  await clientPage.getByLabel(/^Password/).fill(client.password);
  await clientPage.getByRole('button', { name: 'Create account and join' }).click();
  await expectDashboardFor(clientPage, organizationName);
  await expect(clientPage.getByTestId('balance-due')).toHaveText('$59.97');
  const clientNav = clientPage.getByRole('navigation', { name: 'Main' });
  await expect(clientNav.getByRole('link')).toHaveText([
    'Dashboard',
    'My orders',
    'My payments',
    'My issues',
    'Profile',
  ]);

  await openFromSidebar(clientPage, 'My orders');
  await clientPage.getByRole('table', { name: 'My orders' }).getByRole('link', { name: orderCode }).click();
  await expect(clientPage.getByRole('heading', { level: 1, name: orderCode })).toBeVisible();
  await expect(clientPage.getByTestId('portal-order-balance')).toHaveText('$59.97');
  await expect(clientPage.getByRole('cell', { name: 'Widget' })).toBeVisible();

  await clientPage.getByRole('button', { name: 'Report a problem' }).click();
  const raiseDialog = clientPage.getByRole('dialog', { name: 'Raise an issue' });
  await raiseDialog.getByLabel(/^Title/).fill(issueTitle);
  await raiseDialog.getByLabel(/^Description/).fill('One corner is crushed and two widgets are bent.');
  await raiseDialog.getByLabel(/^Priority/).selectOption('high');
  await expect(raiseDialog.getByLabel(/^Order/)).toHaveValue(/\d+/);
  await raiseDialog.getByRole('button', { name: 'Raise issue' }).click();
  await expect(clientPage.getByRole('heading', { level: 1, name: issueTitle })).toBeVisible();
  await expect(clientPage.getByTestId('reply-promise')).toContainText('We aim to reply by');
  await expect(clientPage.getByTestId('issue-status')).toHaveText('Open');
  const clientIssueUrl = clientPage.url();

  await clientPage.goto('/customers');
  await expect(clientPage.getByText("You don't have access to this")).toBeVisible();

  // Staff see the issue, add an internal note and a public reply.
  await openFromSidebar(page, 'Issues');
  await page.getByRole('table', { name: 'Issues' }).getByRole('link', { name: issueTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: issueTitle })).toBeVisible();
  await expect(page.getByTestId('first-response-due')).toBeVisible();
  const composer = page.getByTestId('comment-composer');
  await composer.getByText('Internal note', { exact: true }).click();
  await expect(composer).toContainText('Internal note — not visible to the customer');
  await composer.getByRole('textbox', { name: 'Internal note' }).fill(internalNote);
  await composer.getByRole('button', { name: 'Add internal note' }).click();
  await expect(page.getByRole('article', { name: /^Internal note by/ })).toContainText(internalNote);
  await composer.getByText('Reply to customer', { exact: true }).click();
  await composer.getByRole('textbox', { name: 'Reply' }).fill(publicReply);
  await composer.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('article', { name: /^Comment by/ }).filter({ hasText: publicReply })).toBeVisible();
  await expect(page.getByText(/^Answered/)).toBeVisible();

  // Staff record a payment on the order: the balance falls.
  await openFromSidebar(page, 'Orders');
  await page.getByRole('table', { name: 'Orders' }).getByRole('link', { name: orderCode }).click();
  await page.getByRole('button', { name: 'Record payment' }).click();
  const paymentDialog = page.getByRole('dialog', { name: `Record payment for ${orderCode}` });
  await expect(paymentDialog.getByLabel(/^Amount/)).toHaveValue('59.97');
  await paymentDialog.getByLabel(/^Amount/).fill('20.00');
  await paymentDialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(paymentDialog).toBeHidden();
  await expect(page.getByTestId('order-balance-due')).toHaveText('$39.97');
  await expect(page.getByRole('table', { name: `Payments of ${orderCode}` })).toContainText('Completed');

  // Staff resolve the issue.
  await openFromSidebar(page, 'Issues');
  await page.getByRole('table', { name: 'Issues' }).getByRole('link', { name: issueTitle }).click();
  await page.getByRole('button', { name: 'Resolve' }).click();
  const resolveDialog = page.getByRole('dialog', { name: /^Resolve ISS-\d+\?$/ });
  await resolveDialog.getByLabel(/^Resolution notes/).fill('Replacement delivered.');
  await resolveDialog.getByRole('button', { name: 'Resolve issue' }).click();
  await expect(page.getByTestId('issue-status')).toHaveText('Resolved');

  // The customer sees the reply but never the note, the resolution, and the new balance.
  await clientPage.goto(clientIssueUrl);
  await expect(clientPage.getByText(publicReply)).toBeVisible();
  await expect(clientPage.getByText(internalNote)).toHaveCount(0);
  await expect(clientPage.getByText(/Internal note/)).toHaveCount(0);
  await expect(clientPage.getByTestId('issue-status')).toHaveText('Resolved');
  await expect(clientPage.getByTestId('issue-resolution')).toContainText('Replacement delivered.');
  await openFromSidebar(clientPage, 'Dashboard');
  await expect(clientPage.getByTestId('balance-due')).toHaveText('$39.97');
  await openFromSidebar(clientPage, 'My payments');
  const payments = clientPage.getByRole('table', { name: 'My payments' });
  await expect(payments).toContainText('$20.00');
  await expect(payments).toContainText('Completed');
  await clientContext.close();
});
