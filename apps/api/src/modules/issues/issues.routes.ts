import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const issuesRoutes: FastifyPluginAsyncZod = async () => {};
