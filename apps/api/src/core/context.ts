import type { FastifyRequest } from 'fastify';
import type { Action, RecordVisibility, Resource, Role, Scope } from '@crm/contracts';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { UserRow } from '../db/database.js';
import type { Mailer } from './mailer.js';
import type { Clock } from './time.js';

/**
 * What a route needs before its handler runs. `organization: 'path'` routes authorise by the
 * caller's membership of the `{id}` in the path (PRODUCT §2); the others by the active organization.
 */
export type RoutePermission =
  | 'public'
  | 'authenticated'
  /** Any active member of the active organization, whatever the role. */
  | 'member'
  | { resource: Resource; action: Action; organization?: 'active' | 'path' };

export interface AuthContext {
  user: UserRow;
  tokenId: number;
}

export interface TenantContext {
  organizationId: number;
  role: Role;
  /** The caller's employee record in this organization (null for clients). */
  employeeId: number | null;
  /** The organization's IANA time zone and currency, for period boundaries and money. */
  timeZone: string;
  currency: string;
  /** The organization's `record_visibility`, read on every request (core/visibility.ts). */
  recordVisibility: RecordVisibility;
  /** How far the route's permission reaches for this role: every record or only the caller's own. */
  scope: Scope;
}

export interface AppDeps {
  db: Db;
  config: Config;
  mailer: Mailer;
  /** The time every request reads (core/time.ts); tests set it instead of sleeping. */
  clock: Clock;
}

/** Everything a service needs to know about who is asking; services never see the HTTP request. */
export interface Actor {
  user: UserRow;
  tokenId: number;
  ip: string;
}

export interface TenantActor extends Actor {
  tenant: TenantContext;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    tenant: TenantContext | null;
  }
  interface FastifyInstance {
    deps: AppDeps;
    /** The /api routes with their methods, as registered. */
    apiRoutes(): { method: string; url: string }[];
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new Error('actorOf() on a route without authentication');
  return { user: request.auth.user, tokenId: request.auth.tokenId, ip: request.ip };
}

export function tenantActorOf(request: FastifyRequest): TenantActor {
  if (!request.tenant) throw new Error('tenantActorOf() on a route without an organization permission');
  return { ...actorOf(request), tenant: request.tenant };
}
