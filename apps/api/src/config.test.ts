import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults for a zero-configuration start', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:8000',
      databaseUrl: 'sqlite:./data/crm.sqlite3',
      isDatabaseUrlDefault: true,
      trustProxy: false,
      tokenTtlDays: 30,
      demoData: 'auto',
    });
  });

  it('derives PUBLIC_URL from PORT and reads the rest', () => {
    const config = loadConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://u@db:5432/crm',
      TOKEN_TTL_DAYS: '',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config.publicUrl).toBe('http://localhost:9000');
    expect(config.isDatabaseUrlDefault).toBe(false);
    expect(config.tokenTtlDays).toBeNull();
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('stops with a message naming each bad variable', () => {
    const attempt = () =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TOKEN_TTL_DAYS: '-3', TRUST_PROXY: 'maybe?' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'TOKEN_TTL_DAYS', 'TRUST_PROXY']) expect(message).toContain(name);
    }
  });
});
