import {
  createActivityBodySchema,
  createCustomerBodySchema,
  createDealBodySchema,
  createLeadBodySchema,
  createIssueBodySchema,
  createOrderBodySchema,
  createPaymentBodySchema,
  DEFAULT_RECORD_VISIBILITY,
} from '@crm/contracts';
import type { AppDeps, TenantActor } from '../../core/context.js';
import type { UserRow } from '../../db/database.js';
import { createActivity } from '../activities/activities.service.js';
import { createCustomer } from '../customers/customers.service.js';
import { createDeal, markLost, markWon, moveStage } from '../deals/deals.service.js';
import { findPipelineWithStages } from '../pipelines/pipelines.service.js';
import { createLead, qualifyLead } from '../leads/leads.service.js';
import { isoSecondsFromNow, nowIso } from '../../core/time.js';
import { createIssue } from '../issues/issues.service.js';
import { createOrder, updateOrder } from '../orders/orders.service.js';
import { createPayment } from '../payments/payments.service.js';
import { inviteToPortal } from '../invitations/invitations.service.js';
import { acceptInvitation } from '../invitations/acceptance.service.js';
import type { Mailer } from '../../core/mailer.js';

const CUSTOMERS = [
  {
    name: 'Northwind Traders',
    company_name: 'Northwind Traders',
    customer_type: 'business',
    status: 'vip',
    email: 'orders@northwind.example',
    industry: 'Wholesale',
    city: 'Seattle',
  },
  {
    name: 'Contoso Pharmaceuticals',
    company_name: 'Contoso Ltd',
    customer_type: 'business',
    status: 'active',
    email: 'buyers@contoso.example',
    industry: 'Healthcare',
    city: 'Boston',
  },
  {
    name: 'Fabrikam Furniture',
    company_name: 'Fabrikam Inc',
    customer_type: 'business',
    status: 'active',
    email: 'hello@fabrikam.example',
    industry: 'Retail',
    city: 'Denver',
  },
  {
    name: 'Margaret Hale',
    first_name: 'Margaret',
    last_name: 'Hale',
    customer_type: 'individual',
    status: 'prospect',
    email: 'margaret.hale@example.com',
    city: 'Austin',
  },
  {
    name: 'Tailspin Toys',
    company_name: 'Tailspin Toys',
    customer_type: 'business',
    status: 'active',
    email: 'team@tailspin.example',
    industry: 'Consumer goods',
    city: 'Portland',
  },
  {
    name: 'Adventure Works Cycles',
    company_name: 'Adventure Works',
    customer_type: 'business',
    status: 'inactive',
    email: 'sales@adventure-works.example',
    industry: 'Manufacturing',
    city: 'Bothell',
  },
] as const;

const LEADS = [
  {
    first_name: 'Priya',
    last_name: 'Raman',
    company: 'Lumen Analytics',
    job_title: 'Head of Operations',
    email: 'priya@lumen.example',
    phone: '+1 555 0142',
    source: 'referral',
    estimated_value: '120000.00',
  },
  {
    first_name: 'Tom',
    last_name: 'Becker',
    company: 'Becker & Sons',
    email: 'tom@becker.example',
    source: 'website',
    estimated_value: '18000.00',
  },
  { first_name: 'Aiko', last_name: 'Tanaka', job_title: 'Founder', phone: '+81 3 5555 0100', source: 'event' },
  {
    first_name: 'Lucas',
    last_name: 'Moreau',
    company: 'Atelier Moreau',
    email: 'lucas@moreau.example',
    source: 'partner',
    estimated_value: '55000.00',
  },
  { company: 'Greenfield Schools', phone: '+1 555 0199', source: 'cold_call' },
] as const;

/** [customer index, title, value, stage name or 'won' | 'lost'] */
const DEALS: [number, string, string, string][] = [
  [0, 'Annual supply contract', '84000.00', 'Negotiation'],
  [0, 'Warehouse expansion', '26000.00', 'won'],
  [1, 'Lab equipment refresh', '42000.00', 'Proposal'],
  [1, 'Cold-chain logistics', '15500.00', 'Qualified'],
  [2, 'Showroom fit-out', '31000.00', 'Proposal'],
  [2, 'Online store integration', '9800.00', 'Lead'],
  [3, 'Home office package', '4200.00', 'Qualified'],
  [4, 'Holiday season stock', '57000.00', 'Negotiation'],
  [4, 'Loyalty programme', '12000.00', 'lost'],
  [5, 'Fleet maintenance', '23000.00', 'Lead'],
];

/**
 * A small, believable data set so the first sign-in shows a working CRM: customers, leads at
 * different scores, deals spread over the board (one won, one lost), and a few activities. Made
 * through the services, as a person would through the API, so codes, scores and audit rows are real.
 */
export async function seedDemoSales(
  deps: AppDeps,
  owner: UserRow,
  organizationId: number,
  employeeIds: number[],
  client: DemoClient,
): Promise<void> {
  const actor: TenantActor = {
    user: owner,
    tokenId: 0,
    ip: '127.0.0.1',
    tenant: {
      organizationId,
      role: 'owner',
      employeeId: employeeIds[0] ?? null,
      timeZone: 'UTC',
      currency: 'USD',
      recordVisibility: DEFAULT_RECORD_VISIBILITY,
      scope: 'all',
    },
  };
  const assignee = (i: number) => employeeIds[i % employeeIds.length] ?? null;
  const customers = [];
  for (const [i, c] of CUSTOMERS.entries()) {
    customers.push(
      await createCustomer(deps, actor, createCustomerBodySchema.parse({ ...c, assigned_to: assignee(i) })),
    );
  }
  for (const [i, l] of LEADS.entries()) {
    const lead = await createLead(deps, actor, createLeadBodySchema.parse({ ...l, assigned_to: assignee(i + 1) }));
    if (i === 0) await qualifyLead(deps, actor, lead.id);
  }
  const found = await findPipelineWithStages(deps.db.kysely, organizationId, null);
  for (const [i, [customerIndex, title, value, stageName]] of DEALS.entries()) {
    const customer = customers[customerIndex];
    if (!customer || !found) continue;
    const deal = await createDeal(
      deps,
      actor,
      createDealBodySchema.parse({
        title,
        customer_id: customer.id,
        value,
        assigned_to: assignee(i),
        // Spread over the coming months, so the forecast has a shape.
        expected_close_date: isoSecondsFromNow((15 + 24 * i) * 86_400).slice(0, 10),
      }),
    );
    if (stageName === 'won') await markWon(deps, actor, deal.id);
    else if (stageName === 'lost') await markLost(deps, actor, deal.id, 'Chose a cheaper supplier');
    else {
      const stage = found.stages.find((s) => s.name === stageName);
      if (stage && stage.id !== deal.stage_id) await moveStage(deps, actor, deal.id, stage.id);
    }
  }
  const [first, second] = customers;
  const inTwoDays = isoSecondsFromNow(2 * 86_400);
  if (first) {
    await createActivity(
      deps,
      actor,
      createActivityBodySchema.parse({
        type: 'call',
        subject: 'Quarterly check-in',
        body: 'Happy with delivery times; asked about volume discounts.',
        customer_id: first.id,
      }),
    );
    await createActivity(
      deps,
      actor,
      createActivityBodySchema.parse({
        type: 'task',
        subject: 'Send revised price list',
        due_at: inTwoDays,
        customer_id: first.id,
        assigned_to: assignee(0),
      }),
    );
  }
  if (second) {
    await createActivity(
      deps,
      actor,
      createActivityBodySchema.parse({ type: 'meeting', subject: 'Lab walkthrough', customer_id: second.id }),
    );
  }
  if (first) {
    await seedDemoClientRecords(deps, actor, first.id);
    await seedDemoPortalLogin(deps, actor, first.id, client);
  }
}

/** The demo's portal login: who it is and the password printed once at the first start. */
export interface DemoClient {
  username: string;
  email: string;
  password: string;
}

/** The invitation is accepted right here, so its email would only be noise at the first start. */
const unsentMail: Mailer = { available: true, delivery: 'terminal', send: async () => undefined };
const quietLog = { warn: () => undefined };

/**
 * The first customer's portal login, joined the way every client joins (PRODUCT §3): the Owner's
 * portal invitation, accepted with a new account.
 */
async function seedDemoPortalLogin(deps: AppDeps, actor: TenantActor, customerId: number, client: DemoClient) {
  const invitation = await inviteToPortal(
    { ...deps, mailer: unsentMail },
    actor,
    customerId,
    { email: client.email },
    quietLog,
  );
  const token = invitation.accept_url.split('/').at(-1) ?? '';
  await acceptInvitation(
    deps,
    token,
    null,
    { username: client.username, password: client.password, first_name: 'Nora', last_name: 'Northwind' },
    '127.0.0.1',
  );
}

/** An order under way with a payment on it, and a support issue about it: client mode has something to show. */
async function seedDemoClientRecords(deps: AppDeps, actor: TenantActor, customerId: number): Promise<void> {
  const order = await createOrder(
    deps,
    actor,
    createOrderBodySchema.parse({
      title: 'Spring restock',
      customer_id: customerId,
      items: [
        { product_name: 'Widget', sku: 'W-100', quantity: 40, unit_price: '12.50' },
        { product_name: 'Installation', quantity: 1, unit_price: 250 },
      ],
      tax_amount: '75.00',
    }),
  );
  for (const status of ['pending', 'confirmed'] as const) await updateOrder(deps, actor, order.id, { status });
  await createPayment(
    deps,
    actor,
    createPaymentBodySchema.parse({
      customer_id: customerId,
      order_id: order.id,
      amount: '400.00',
      method: 'bank_transfer',
      status: 'completed',
      payment_date: nowIso().slice(0, 10),
    }),
  );
  await createIssue(
    deps,
    actor,
    createIssueBodySchema.parse({
      title: 'Two widgets arrived scratched',
      description: 'Boxes 3 and 7 of the spring restock: photos to follow.',
      customer_id: customerId,
      order_id: order.id,
      priority: 'high',
      category: 'quality',
    }),
  );
}
