import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { scopeOf, type RecordVisibility, type Role } from '@crm/contracts';
import { AppError } from './errors.js';
import type { AuthContext, RoutePermission, TenantContext } from './context.js';
import type { MethodIndex } from './method-index.js';

export interface MembershipView {
  organizationId: number;
  role: Role;
  status: 'active' | 'suspended';
  employeeId: number | null;
  timeZone: string;
  currency: string;
  recordVisibility: RecordVisibility;
}

/** How the guard learns who a token belongs to and what they are in an organization. */
export interface GuardResolvers {
  authenticate(token: string): Promise<AuthContext | null>;
  membership(userId: number, organizationId: number): Promise<MembershipView | null>;
  activeOrganization(auth: AuthContext, headerValue: string | undefined): Promise<MembershipView>;
}

/** Routes that plugins register for us and that are public by nature (the API documentation). */
const PLUGIN_PUBLIC_PREFIXES = ['/api/docs'];

const isApiRoute = (url: string) => url === '/api' || url.startsWith('/api/');

/**
 * Every /api route must say what it needs. A route without a declared permission stops the app
 * from starting, so no route can ship unguarded by forgetting.
 */
export function enforceDeclaredPermissions(routeOptions: RouteOptions): void {
  if (!isApiRoute(routeOptions.url)) return;
  const config = (routeOptions.config ?? {}) as { permission?: RoutePermission };
  if (config.permission) return;
  if (PLUGIN_PUBLIC_PREFIXES.some((p) => routeOptions.url.startsWith(p))) {
    routeOptions.config = { ...config, permission: 'public' };
    return;
  }
  throw new Error(`Route ${String(routeOptions.method)} ${routeOptions.url} declares no permission`);
}

function readToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^(Token|Bearer)\s+(\S+)\s*$/i.exec(header);
  return match?.[2] ?? '';
}

async function authenticate(request: FastifyRequest, resolvers: GuardResolvers, required: boolean) {
  const token = readToken(request);
  if (token === null) {
    if (required) throw new AppError('not_authenticated');
    return;
  }
  const auth = token ? await resolvers.authenticate(token) : null;
  if (!auth && required) throw new AppError('invalid_token');
  request.auth = auth;
}

function pathOrganizationId(request: FastifyRequest): number {
  const raw = (request.params as { id?: string }).id ?? '';
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(id) || id < 1 || id > 2 ** 31 - 1) throw new AppError('not_found');
  return id;
}

async function resolveTenant(
  request: FastifyRequest,
  resolvers: GuardResolvers,
  auth: AuthContext,
  permission: Exclude<RoutePermission, 'public' | 'authenticated'>,
): Promise<TenantContext> {
  let membership: MembershipView;
  if (permission !== 'member' && permission.organization === 'path') {
    const found = await resolvers.membership(auth.user.id, pathOrganizationId(request));
    // Someone else's organization does not exist as far as the caller can tell.
    if (!found) throw new AppError('not_found');
    if (found.status !== 'active') throw new AppError('not_a_member');
    membership = found;
  } else {
    const header = request.headers['x-organization-id'];
    membership = await resolvers.activeOrganization(auth, Array.isArray(header) ? header[0] : header);
  }
  const scope = permission === 'member' ? 'all' : scopeOf(membership.role, permission.resource, permission.action);
  if (scope === 'none') throw new AppError('permission_denied');
  return {
    organizationId: membership.organizationId,
    role: membership.role,
    employeeId: membership.employeeId,
    timeZone: membership.timeZone,
    currency: membership.currency,
    recordVisibility: membership.recordVisibility,
    scope,
  };
}

export function registerGuard(app: FastifyInstance, resolvers: GuardResolvers, methods: MethodIndex): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('tenant', null);
  app.addHook('onRoute', (routeOptions) => {
    enforceDeclaredPermissions(routeOptions);
    if (isApiRoute(routeOptions.url)) methods.add(routeOptions.method, routeOptions.url);
  });
  // preValidation: the caller is identified and authorised before their input is judged.
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (!permission) return;
    await authenticate(request, resolvers, permission !== 'public');
    if (permission === 'public' || permission === 'authenticated') return;
    request.tenant = await resolveTenant(request, resolvers, request.auth as AuthContext, permission);
  });
}
