import { serializerCompiler } from 'fastify-type-provider-zod';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.js';

interface Sealed {
  schema: z.ZodType;
  json: string;
}

const sealedAnswers = new WeakMap<object, Sealed>();

/**
 * A write's answer, encoded through its response schema and serialized inside the write's own
 * transaction. If that fails, the error rolls the transaction back and the client's retry cannot
 * make a duplicate; once committed, sending the answer is a lookup that cannot fail.
 */
export function sealAnswer<T extends object>(schema: z.ZodType, value: T): T {
  const json = JSON.stringify(z.encode(schema, value));
  sealedAnswers.set(value, { schema, json });
  return value;
}

type RouteSchema = Parameters<typeof serializerCompiler>[0];

/**
 * The serializer of every route: an answer sealed for the route's own response schema goes out as
 * sealed; anything else (reads, or an answer sealed for another schema) through the schema.
 */
export function sealAwareSerializerCompiler(routeSchema: RouteSchema): (data: unknown) => string {
  const serialize = serializerCompiler(routeSchema);
  return (data) => {
    const sealed = typeof data === 'object' && data !== null ? sealedAnswers.get(data) : undefined;
    return sealed && sealed.schema === routeSchema.schema ? sealed.json : serialize(data);
  };
}

/** A write transaction whose answer is sealed for `schema` before it commits. */
export function sealedTransaction<T extends object>(
  db: Kysely<Database>,
  schema: z.ZodType,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => sealAnswer(schema, await work(trx)));
}
