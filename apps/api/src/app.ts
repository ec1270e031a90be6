import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { constants as zlibConstants } from 'node:zlib';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { installZodMessages } from '@crm/contracts';
import { sealAwareSerializerCompiler } from './core/answer.js';
import type { AppDeps } from './core/context.js';
import { systemClock, withClock, type Clock } from './core/time.js';
import { registerErrorHandling } from './core/error-handler.js';
import { registerGuard } from './core/guard.js';
import { registerJsonBodyParser } from './core/json-body.js';
import { registerQueryGuard } from './core/query-guard.js';
import { logRequestLine, loggerOptions, prettyTransport } from './core/logging.js';
import { createMailer, type Mailer } from './core/mailer.js';
import { MethodIndex } from './core/method-index.js';
import { registerSecurity } from './core/security.js';
import { registerOpenApi } from './core/openapi.js';
import { authenticateToken } from './modules/auth/auth.service.js';
import { findMembership, resolveActiveOrganization } from './modules/memberships/memberships.service.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { organizationsRoutes } from './modules/organizations/organizations.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { customersRoutes } from './modules/customers/customers.routes.js';
import { leadsRoutes } from './modules/leads/leads.routes.js';
import { pipelinesRoutes } from './modules/pipelines/pipelines.routes.js';
import { dealsRoutes } from './modules/deals/deals.routes.js';
import { activitiesRoutes } from './modules/activities/activities.routes.js';
import { timelineRoutes } from './modules/timeline/timeline.routes.js';
import { employeesRoutes } from './modules/employees/employees.routes.js';
import { vendorsRoutes } from './modules/vendors/vendors.routes.js';
import { auditLogsRoutes } from './modules/audit-logs/audit-logs.routes.js';
import { membersRoutes } from './modules/members/members.routes.js';
import { invitationsRoutes } from './modules/invitations/invitations.routes.js';
import { passwordResetRoutes } from './modules/password-reset/password-reset.routes.js';
import { ordersRoutes } from './modules/orders/orders.routes.js';
import { paymentsRoutes } from './modules/payments/payments.routes.js';
import { issuesRoutes } from './modules/issues/issues.routes.js';
import { analyticsRoutes } from './modules/analytics/analytics.routes.js';
import { dataRoutes } from './modules/data/data.routes.js';

export interface BuildOptions {
  /** Where logs go (tests capture them); stdout by default. */
  logStream?: Writable;
  /** Extra route plugins under /api (tests use it to prove the permission check). */
  extraRoutes?: FastifyPluginAsync[];
}

/** One plugin per module, mounted under /api in this order. */
const MODULE_ROUTES = [
  healthRoutes,
  authRoutes,
  organizationsRoutes,
  customersRoutes,
  leadsRoutes,
  pipelinesRoutes,
  dealsRoutes,
  activitiesRoutes,
  timelineRoutes,
  employeesRoutes,
  vendorsRoutes,
  auditLogsRoutes,
  membersRoutes,
  invitationsRoutes,
  passwordResetRoutes,
  ordersRoutes,
  paymentsRoutes,
  issuesRoutes,
  analyticsRoutes,
  dataRoutes,
];

/** Without a mailer, the one the configuration asks for (core/mailer.ts); without a clock, the system's. */
export type BuildDeps = Omit<AppDeps, 'mailer' | 'clock'> & { mailer?: Mailer; clock?: Clock };

export async function buildApp(input: BuildDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const deps: AppDeps = {
    ...input,
    mailer: input.mailer ?? createMailer(input.config),
    clock: input.clock ?? systemClock,
  };
  const { config } = deps;
  installZodMessages();
  const pretty = config.logFormat === 'pretty' && !options.logStream;
  const app = Fastify({
    logger: {
      ...loggerOptions(config.logLevel),
      ...(options.logStream ? { stream: options.logStream } : {}),
      ...(pretty ? { transport: prettyTransport } : {}),
    },
    logController: new LogController({ disableRequestLogging: pretty }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimit,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(sealAwareSerializerCompiler);
  app.decorate('deps', deps);
  // First of all hooks: everything a request does reads the time from this app's clock.
  app.addHook('onRequest', (_request, _reply, done) => withClock(deps.clock, done));
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('X-Request-ID', request.id);
  });
  if (pretty) app.addHook('onResponse', async (request, reply) => logRequestLine(request, reply));

  const methods = new MethodIndex();
  app.decorate('apiRoutes', () => methods.list());
  registerJsonBodyParser(app);
  await registerSecurity(app, config);
  registerGuard(
    app,
    {
      authenticate: (token) => authenticateToken(deps, token),
      membership: (userId, organizationId) => findMembership(deps.db.kysely, userId, organizationId),
      activeOrganization: (auth, header) => resolveActiveOrganization(deps.db.kysely, auth, header),
    },
    methods,
  );
  registerQueryGuard(app);
  const webRoot = config.webDist && existsSync(config.webDist) ? config.webDist : null;
  registerErrorHandling(app, methods, webRoot !== null);
  // JSON answers above 1 KB go out compressed when the client accepts it; small ones as they are
  // (compressing them costs more than it saves). Static assets were compressed at build time.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    // A page of JSON is compressed in one call, not through a zlib stream per response: the stream's
    // setup cost the list ~19% of its throughput in `npm run bench`, one call ~4%.
    syncThreshold: 65_536,
  });

  await registerOpenApi(app, config);

  await app.register(
    async (api) => {
      for (const routes of [...MODULE_ROUTES, ...(options.extraRoutes ?? [])]) await api.register(routes);
    },
    { prefix: '/api' },
  );

  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      // The API's namespace is never served from disk.
      allowedPath: (pathName) => !pathName.startsWith('/api'),
      // The build wrote .br and .gz beside each asset: sent as they are, never compressed again.
      preCompressed: true,
      // Hashed assets never change: cached for a year; anything else (index.html) revalidated.
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}
