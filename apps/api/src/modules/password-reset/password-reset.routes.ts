import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  errorBodySchema,
  messageSchema,
  passwordResetBodySchema,
  passwordResetConfirmBodySchema,
} from '@crm/contracts';
import * as passwordReset from './password-reset.service.js';

const errors = { 400: errorBodySchema, 429: errorBodySchema, 503: errorBodySchema };

export const passwordResetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['auth'];

  app.post('/auth/password_reset/', {
    config: { permission: 'public' },
    schema: {
      tags,
      summary: 'Email a single-use reset link (same answer whether or not the account exists)',
      body: passwordResetBodySchema,
      response: { 200: messageSchema, ...errors },
    },
    handler: (request) => passwordReset.requestPasswordReset(deps, request.body, request.ip, request.log),
  });

  app.post('/auth/password_reset/confirm/', {
    config: { permission: 'public' },
    schema: {
      tags,
      summary: 'Set a new password with the emailed token; every session ends',
      body: passwordResetConfirmBodySchema,
      response: { 200: messageSchema, ...errors },
    },
    handler: (request) => passwordReset.confirmPasswordReset(deps, request.body, request.ip),
  });
};
