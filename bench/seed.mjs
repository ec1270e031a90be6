// Fills one organization with a realistic volume of sales data, straight into the database (the
// API would take minutes for this many rows). Search text is built by the API's own helper so
// search behaves exactly as for rows created through the API.
import { connect } from '../apps/api/dist/db/connection.js';
import { sql } from 'kysely';
import { toSearchText } from '../apps/api/dist/db/search.js';

const WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wayne',
  'Wonka',
  'Cyberdyne',
  'Soylent',
  'Tyrell',
  'Aperture',
  'Massive',
  'Dynamic',
];
const SUFFIX = ['Corp', 'Ltd', 'GmbH', 'Group', 'Labs', 'Holdings', 'Partners', 'Systems'];
const pick = (list, i) => list[i % list.length];

async function insertChunks(db, table, rows) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function seed(databaseUrl, organizationId, userId, sizes) {
  const { kysely: db, dialect, close } = connect(databaseUrl);
  try {
    const now = Date.now();
    const iso = (msAgo) => new Date(now - msAgo).toISOString();
    const stages = await db
      .selectFrom('pipeline_stages')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('sort_order')
      .execute();
    const pipelineId = stages[0].pipeline_id;
    await db.transaction().execute(async (trx) => {
      const customers = Array.from({ length: sizes.customers }, (_, i) => {
        const name = `${pick(WORDS, i)} ${pick(SUFFIX, i * 7)} ${i}`;
        const code = `CUST-${String(i + 1).padStart(3, '0')}`;
        const email = `contact${i}@${pick(WORDS, i).toLowerCase()}.example`;
        return {
          organization_id: organizationId,
          code,
          name,
          email,
          company_name: name,
          customer_type: i % 3 ? 'business' : 'individual',
          status: ['active', 'prospect', 'vip', 'inactive'][i % 4],
          custom_fields: '{}',
          tags: '[]',
          search_text: toSearchText(code, name, email, name),
          created_by: userId,
          created_at: iso(i * 60_000),
          updated_at: iso(i * 60_000),
        };
      });
      await insertChunks(trx, 'customers', customers);
      await trx
        .insertInto('code_counters')
        .values({ organization_id: organizationId, prefix: 'CUST', last_value: sizes.customers })
        .execute();
      const customerIds = (
        await trx.selectFrom('customers').select('id').where('organization_id', '=', organizationId).execute()
      ).map((r) => r.id);

      const leads = Array.from({ length: sizes.leads }, (_, i) => {
        const code = `LEAD-${String(i + 1).padStart(3, '0')}`;
        const company = `${pick(WORDS, i * 3)} ${pick(SUFFIX, i)}`;
        return {
          organization_id: organizationId,
          code,
          first_name: `Lead${i}`,
          last_name: pick(WORDS, i),
          company,
          email: `lead${i}@example.com`,
          source: ['website', 'referral', 'partner', 'other'][i % 4],
          // One lead in ten was converted a day after it came in (analytics: conversion rate).
          status: i % 10 === 0 ? 'converted' : ['new', 'contacted', 'qualified'][i % 3],
          converted_at: i % 10 === 0 ? iso(i * 300_000 - 86_400_000) : null,
          converted_to_customer_id: i % 10 === 0 ? customerIds[i % customerIds.length] : null,
          score: (i * 7) % 91,
          estimated_value: (i % 200) * 100_000,
          custom_fields: '{}',
          tags: '[]',
          search_text: toSearchText(code, `Lead${i}`, company, `lead${i}@example.com`),
          created_by: userId,
          created_at: iso(i * 300_000),
          updated_at: iso(i * 300_000),
        };
      });
      await insertChunks(trx, 'leads', leads);
      await trx
        .insertInto('code_counters')
        .values({ organization_id: organizationId, prefix: 'LEAD', last_value: sizes.leads })
        .execute();

      // Deals over the last two years (one every ten minutes at 100,000), open ones expected to close
      // within the coming year: what the analytics read.
      const dealAge = (i) => Math.round((i * 2 * 365 * 86_400_000) / Math.max(sizes.deals, 1));
      const deals = Array.from({ length: sizes.deals }, (_, i) => {
        const stage = stages[i % stages.length];
        const code = `DEAL-${String(i + 1).padStart(3, '0')}`;
        const title = `${pick(WORDS, i * 5)} renewal ${i}`;
        const expected = new Date(now + ((i * 7) % 365) * 86_400_000).toISOString().slice(0, 10);
        return {
          organization_id: organizationId,
          code,
          title,
          customer_id: customerIds[i % customerIds.length],
          value: ((i % 500) + 1) * 10_000,
          pipeline_id: pipelineId,
          stage_id: stage.id,
          stage_entered_at: iso(dealAge(i)),
          closed_at: stage.kind === 'open' ? null : iso(dealAge(i)),
          expected_close_date: stage.kind === 'open' ? expected : null,
          custom_fields: '{}',
          tags: '[]',
          search_text: toSearchText(code, title),
          created_by: userId,
          created_at: iso(dealAge(i)),
          updated_at: iso(dealAge(i)),
        };
      });
      await insertChunks(trx, 'deals', deals);
      // Each deal's arrival in its stage, as the API would have written it (the funnel reads it).
      const dealRows = await trx
        .selectFrom('deals')
        .select(['id', 'stage_id', 'created_at'])
        .where('organization_id', '=', organizationId)
        .execute();
      const stageById = new Map(stages.map((s) => [s.id, s]));
      await insertChunks(
        trx,
        'deal_stage_history',
        dealRows.map((d) => {
          const stage = stageById.get(d.stage_id);
          return {
            organization_id: organizationId,
            deal_id: d.id,
            from_stage_id: null,
            from_stage_name: null,
            to_stage_id: stage.id,
            to_stage_name: stage.name,
            to_stage_kind: stage.kind,
            changed_by: userId,
            changed_at: d.created_at,
          };
        }),
      );
      await trx
        .insertInto('code_counters')
        .values({ organization_id: organizationId, prefix: 'DEAL', last_value: sizes.deals })
        .execute();
    });
    // Bulk-loaded PostgreSQL tables have no planner statistics until autovacuum gets to them; a
    // production database has them, so gather them now. SQLite runs without sqlite_stat1, as the
    // app's own databases do (see docs/SCALING.md: with it, the deals plans got slower).
    if (dialect === 'postgres') await sql`analyze`.execute(db);
    return {
      pipelineId,
      customerId: (
        await db
          .selectFrom('customers')
          .select('id')
          .where('organization_id', '=', organizationId)
          .limit(1)
          .executeTakeFirst()
      ).id,
    };
  } finally {
    await close();
  }
}
