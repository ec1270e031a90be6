import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from './errors.js';
import {
  CapturingMailer,
  ConsoleMailer,
  createMailer,
  MAIL_NOT_CONFIGURED,
  RefusingMailer,
  SmtpMailer,
  trySend,
} from './mailer.js';

/** Just enough of an SMTP server to receive one message: it records the DATA section. */
function fakeSmtpServer(received: string[]): Server {
  return createServer((socket) => {
    let inData = false;
    let data = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\r\n')) {
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(data);
            data = '';
            socket.write('250 OK queued\r\n');
          } else data += `${line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250-fake\r\n250 8BITMIME\r\n');
        else if (command === 'MAIL' || command === 'RCPT' || command === 'RSET') socket.write('250 OK\r\n');
        else if (command === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (command === 'QUIT') socket.end('221 bye\r\n');
      }
    });
  });
}

describe('SMTP mailer', () => {
  const received: string[] = [];
  const server = fakeSmtpServer(received);
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is chosen when SMTP_URL is set, and delivers through the server', async () => {
    const config = loadConfig({
      SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
      MAIL_FROM: 'CRM <crm@example.com>',
      NODE_ENV: 'production',
    });
    const mailer = createMailer(config);
    expect(mailer).toBeInstanceOf(SmtpMailer);
    await mailer.send({
      to: 'dana@example.com',
      subject: 'Hello there',
      text: 'Open http://crm.test/accept-invitation/abc',
    });
    (mailer as SmtpMailer).close();
    expect(received).toHaveLength(1);
    expect(received[0]).toContain('Subject: Hello there');
    expect(received[0]).toContain('To: dana@example.com');
    expect(received[0]).toContain('From: CRM <crm@example.com>');
    expect(received[0]).toContain('accept-invitation/abc');
  });
});

describe('mailer choice', () => {
  it('prints to the terminal in development, with the link, outside the logger', async () => {
    const chunks: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    const mailer = createMailer(loadConfig({}), out);
    expect(mailer).toBeInstanceOf(ConsoleMailer);
    expect(mailer.available).toBe(true);
    await mailer.send({
      to: 'dev@example.com',
      subject: 'Reset',
      text: 'Link: http://localhost:8000/reset-password/123',
    });
    const printed = chunks.join('');
    expect(printed).toContain('To: dev@example.com');
    expect(printed).toContain('Subject: Reset');
    expect(printed).toContain('http://localhost:8000/reset-password/123');
  });

  it('refuses in production without SMTP_URL, with a 503 that says what to set', async () => {
    const mailer = createMailer(loadConfig({ NODE_ENV: 'production' }));
    expect(mailer).toBeInstanceOf(RefusingMailer);
    expect(mailer.available).toBe(false);
    const error = await mailer.send({ to: 'a@example.com', subject: 's', text: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 503, code: 'service_unavailable', message: MAIL_NOT_CONFIGURED });
  });

  it("trySend reports a failure as 'failed' and logs no message body", async () => {
    const mailer = new CapturingMailer();
    mailer.failWith = new Error('connect ECONNREFUSED');
    const warnings: unknown[] = [];
    const sent = await trySend(
      mailer,
      { to: 'a@example.com', subject: 'Invite', text: 'secret-link-123' },
      { warn: (details) => warnings.push(details) },
    );
    expect(sent).toBe('failed');
    expect(JSON.stringify(warnings)).toContain('ECONNREFUSED');
    expect(JSON.stringify(warnings)).not.toContain('secret-link-123');
  });
});

describe('mail configuration', () => {
  it('reads SMTP_URL and MAIL_FROM, with a From derived from PUBLIC_URL by default', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://user:pass@mail.example.com:465',
      PUBLIC_URL: 'https://crm.example.com',
    });
    expect(config.smtpUrl).toBe('smtps://user:pass@mail.example.com:465');
    expect(config.mailFrom).toBe('Too Good CRM <no-reply@crm.example.com>');
    expect(loadConfig({}).smtpUrl).toBeNull();
    expect(loadConfig({ RATE_LIMIT_PASSWORD_RESET_EMAIL_MAX: '2' }).passwordResetLimit).toEqual({
      perEmail: 2,
      perIp: 20,
      windowSeconds: 3600,
    });
  });

  it('stops on an SMTP_URL that is not smtp:// or smtps://, without echoing it', () => {
    const attempt = () => loadConfig({ SMTP_URL: 'http://user:hunter2@mail.example.com' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/SMTP_URL/);
    expect(attempt).not.toThrow(/hunter2/);
  });
});

describe('file outbox', () => {
  it('appends each email as a JSON line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'mail', 'outbox.jsonl');
    const mailer = createMailer({ env: 'production', smtpUrl: null, mailFrom: 'x@y.z', mailOutbox: file });
    await mailer.send({ to: 'a@example.com', subject: 'One', text: 'first' });
    await mailer.send({ to: 'b@example.com', subject: 'Two', text: 'second' });
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { to: string; subject: string });
    expect(lines.map((l) => [l.to, l.subject])).toEqual([
      ['a@example.com', 'One'],
      ['b@example.com', 'Two'],
    ]);
  });
});
