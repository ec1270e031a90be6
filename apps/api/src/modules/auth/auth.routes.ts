import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordBodySchema,
  errorBodySchema,
  loginBodySchema,
  loginResponseSchema,
  registerBodySchema,
  registerResponseSchema,
  updateProfileBodySchema,
  userSchema,
} from '@crm/contracts';
import { actorOf } from '../../core/context.js';
import * as auth from './auth.service.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 409: errorBodySchema, 429: errorBodySchema };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;

  app.post('/users/', {
    config: { permission: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Register: user, organization and token',
      body: registerBodySchema,
      response: { 201: registerResponseSchema, ...errors },
    },
    handler: async (request, reply) => reply.status(201).send(await auth.register(deps, request.body, request.ip)),
  });

  app.post('/auth/login/', {
    config: { permission: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Log in by username or email',
      body: loginBodySchema,
      response: { 200: loginResponseSchema, ...errors },
    },
    handler: (request) => auth.login(deps, request.body, request.ip),
  });

  app.post('/auth/logout/', {
    config: { permission: 'authenticated' },
    schema: {
      tags: ['auth'],
      summary: 'Delete the presented token',
      response: { 204: z.null(), 401: errorBodySchema },
    },
    handler: async (request, reply) => {
      await auth.logout(deps, actorOf(request));
      return reply.status(204).send(null);
    },
  });

  app.get('/users/me/', {
    config: { permission: 'authenticated' },
    schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: userSchema, 401: errorBodySchema } },
    handler: (request) => auth.currentUser(deps, actorOf(request)),
  });

  for (const method of ['PUT', 'PATCH'] as const) {
    app.route({
      method,
      url: '/users/update_profile/',
      config: { permission: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Update names, phone, title, time zone',
        body: updateProfileBodySchema,
        response: { 200: userSchema, ...errors },
      },
      handler: (request) => auth.updateProfile(deps, actorOf(request), request.body),
    });
  }

  app.post('/users/change_password/', {
    config: { permission: 'authenticated' },
    schema: {
      tags: ['auth'],
      summary: 'Change password; other tokens die',
      body: changePasswordBodySchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await auth.changePassword(deps, actorOf(request), request.body);
      return reply.status(204).send(null);
    },
  });
};
