import { errorBodySchema, type Action, type Resource } from '@crm/contracts';

/** The error answers a tenant route can give, in the contract's shape (PRODUCT §8). */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
} as const;

/** `can('update')` for a module's routes: the permission the guard checks against the role matrix. */
export function permissionsOf<R extends Resource>(resource: R) {
  return <A extends Action>(action: A) => ({ permission: { resource, action } }) as const;
}
