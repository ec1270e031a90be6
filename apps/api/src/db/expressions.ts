import { sql, type RawBuilder } from 'kysely';

/** "First Last" of a joined person row (employees, users); null when the join found nobody. */
export const fullNameOf = (alias: string): RawBuilder<string | null> =>
  sql<
    string | null
  >`case when ${sql.ref(`${alias}.id`)} is null then null else trim(coalesce(${sql.ref(`${alias}.first_name`)}, '') || ' ' || coalesce(${sql.ref(`${alias}.last_name`)}, '')) end`;

/** Weighted value in minor units, rounded half-up per deal (values are never negative). */
export const weightedMinor = (
  value: RawBuilder<unknown> | string,
  probability: RawBuilder<unknown> | string,
): RawBuilder<number> => {
  const v = typeof value === 'string' ? sql.ref(value) : value;
  const p = typeof probability === 'string' ? sql.ref(probability) : probability;
  return sql<number>`((${v} * ${p} + 50) / 100)`;
};

/** A joined user's display name: first and last name, else the username (as `full_name` in auth). */
export const userNameOf = (alias: string): RawBuilder<string | null> =>
  sql<
    string | null
  >`case when ${sql.ref(`${alias}.id`)} is null then null else coalesce(nullif(trim(coalesce(${sql.ref(`${alias}.first_name`)}, '') || ' ' || coalesce(${sql.ref(`${alias}.last_name`)}, '')), ''), ${sql.ref(`${alias}.username`)}) end`;
