import { z } from 'zod';

/**
 * Environment → typed configuration. Every variable is documented in README.md and .env.example;
 * a bad value stops the process at start with a message naming the variable.
 */
const flag = z
  .enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['on', 'true', '1', 'yes'].includes(v));

const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'use sqlite:<path> or postgres://user@host:port/db')
    .optional(),
  TRUST_PROXY: z
    .string()
    .default('off')
    .transform((v, ctx) => {
      if (['off', 'false', '0', ''].includes(v)) return false;
      if (['on', 'true'].includes(v)) return true;
      // A hop count: trust that many proxies in front of us.
      if (/^\d+$/.test(v)) return (_address: string, hop: number) => hop < Number(v);
      if (/^[0-9a-fA-F:.,/\s]+$/.test(v)) return v;
      ctx.addIssue({
        code: 'custom',
        message: 'use off, on, a hop count or a comma-separated list of proxy addresses',
      });
      return z.NEVER;
    }),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url())),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `pretty`: one readable line per request (the default in development); `json`: structured. */
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  TOKEN_TTL_DAYS: z
    .string()
    .default('30')
    .transform((v, ctx) => {
      if (v.trim() === '') return null;
      const days = Number(v);
      if (Number.isFinite(days) && days > 0) return days;
      ctx.addIssue({ code: 'custom', message: 'use a positive number of days, or empty for tokens that never expire' });
      return z.NEVER;
    }),
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
  BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
  RATE_LIMIT_LOGIN_MAX_FAILURES: positiveInt.default(5),
  RATE_LIMIT_LOGIN_WINDOW_MINUTES: positiveInt.default(15),
  RATE_LIMIT_LOGIN_LOCK_SECONDS: positiveInt.default(30),
  RATE_LIMIT_IP_MAX_FAILURES: positiveInt.default(50),
  RATE_LIMIT_PASSWORD_RESET_EMAIL_MAX: positiveInt.default(5),
  RATE_LIMIT_PASSWORD_RESET_IP_MAX: positiveInt.default(20),
  RATE_LIMIT_PASSWORD_RESET_WINDOW_MINUTES: positiveInt.default(60),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'use smtp://user:password@host:587 or smtps://user:password@host:465')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(300).optional(),
  MAIL_OUTBOX: z.string().trim().min(1).optional(),
  WEB_DIST: z.string().optional(),
  HSTS: flag.default(false),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  isDatabaseUrlDefault: boolean;
  trustProxy: boolean | string | ((address: string, hop: number) => boolean);
  corsOrigins: string[];
  logLevel: string;
  logFormat: 'pretty' | 'json';
  tokenTtlDays: number | null;
  demoData: 'auto' | 'on' | 'off';
  bodyLimit: number;
  rateLimit: {
    loginMaxFailures: number;
    loginWindowSeconds: number;
    loginLockSeconds: number;
    ipMaxFailures: number;
  };
  /** Password-reset requests allowed per email and per IP address within the window. */
  passwordResetLimit: {
    perEmail: number;
    perIp: number;
    windowSeconds: number;
  };
  /** Outgoing mail: SMTP when set; otherwise printed to the terminal, or refused in production. */
  smtpUrl: string | null;
  /** Development and browser tests: emails appended to this file as JSON lines instead of sent. */
  mailOutbox: string | null;
  mailFrom: string;
  webDist: string | null;
  hsts: boolean;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/crm.sqlite3';

export class ConfigError extends Error {}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", except TOKEN_TTL_DAYS where empty means "never expire".
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([k, v]) => v !== undefined && (v !== '' || k === 'TOKEN_TTL_DAYS')),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    isDatabaseUrlDefault: e.DATABASE_URL === undefined,
    trustProxy: e.TRUST_PROXY,
    corsOrigins: e.CORS_ORIGINS,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json'),
    tokenTtlDays: e.TOKEN_TTL_DAYS,
    demoData: e.DEMO_DATA,
    bodyLimit: e.BODY_LIMIT_BYTES,
    rateLimit: {
      loginMaxFailures: e.RATE_LIMIT_LOGIN_MAX_FAILURES,
      loginWindowSeconds: e.RATE_LIMIT_LOGIN_WINDOW_MINUTES * 60,
      loginLockSeconds: e.RATE_LIMIT_LOGIN_LOCK_SECONDS,
      ipMaxFailures: e.RATE_LIMIT_IP_MAX_FAILURES,
    },
    passwordResetLimit: {
      perEmail: e.RATE_LIMIT_PASSWORD_RESET_EMAIL_MAX,
      perIp: e.RATE_LIMIT_PASSWORD_RESET_IP_MAX,
      windowSeconds: e.RATE_LIMIT_PASSWORD_RESET_WINDOW_MINUTES * 60,
    },
    smtpUrl: e.SMTP_URL ?? null,
    mailOutbox: e.MAIL_OUTBOX ?? null,
    mailFrom: e.MAIL_FROM ?? `Too Good CRM <no-reply@${new URL(publicUrl).hostname}>`,
    webDist: e.WEB_DIST ?? null,
    hsts: e.HSTS,
  };
}
