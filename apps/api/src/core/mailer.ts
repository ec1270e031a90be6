import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import type { EmailDelivery } from '@crm/contracts';
import { AppError } from './errors.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** False when mail cannot be sent at all: features that need it answer 503 before writing anything. */
  readonly available: boolean;
  /** Where a message goes when sending succeeds: a real email, the terminal, or the outbox file. */
  readonly delivery: Exclude<EmailDelivery, 'failed'>;
  send(message: MailMessage): Promise<void>;
}

export const MAIL_NOT_CONFIGURED =
  'Email is not configured: set SMTP_URL to send invitations and password-reset emails.';

export const mailUnavailable = () => new AppError('service_unavailable', MAIL_NOT_CONFIGURED);

/** Called first by every feature that needs mail, so nothing half-done is left behind. */
export function assertMailAvailable(mailer: Mailer): void {
  if (!mailer.available) throw mailUnavailable();
}

export interface MailLog {
  warn(details: object, message: string): void;
}

/**
 * Sends after the records are committed, so a slow mail server never holds a transaction open.
 * A failure is logged (never the message body: it carries the link) and reported as false.
 */
export async function trySend(mailer: Mailer, message: MailMessage, log: MailLog): Promise<EmailDelivery> {
  try {
    await mailer.send(message);
    return mailer.delivery;
  } catch (error) {
    const { message: reason, code } = error as { message?: string; code?: string };
    log.warn({ mail: { subject: message.subject, error: reason ?? String(error), code } }, 'email could not be sent');
    return 'failed';
  }
}

/** SMTP through nodemailer: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…` (TLS). */
export class SmtpMailer implements Mailer {
  readonly available = true;
  readonly delivery = 'sent';
  private readonly transport: nodemailer.Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * Development without SMTP: the email goes to the terminal. Written to stdout directly, never through
 * the logger, because its links carry secrets that must not end up in log storage.
 */
export class ConsoleMailer implements Mailer {
  readonly available = true;
  readonly delivery = 'terminal';

  constructor(private readonly out: Writable = process.stdout) {}

  async send(message: MailMessage): Promise<void> {
    const rule = '─'.repeat(72);
    this.out.write(
      `\n${rule}\n  Email (not sent: SMTP_URL is not set)\n  To: ${message.to}\n  Subject: ${message.subject}\n${rule}\n${message.text}\n${rule}\n\n`,
    );
  }
}

/**
 * `MAIL_OUTBOX=<file>` (development, browser tests): each email is appended to the file as one JSON
 * line, so a person or a test can open the links without a mail server.
 */
export class FileMailer implements Mailer {
  readonly available = true;
  readonly delivery = 'outbox';

  constructor(private readonly file: string) {}

  async send(message: MailMessage): Promise<void> {
    await mkdir(dirname(resolve(this.file)), { recursive: true });
    await appendFile(this.file, `${JSON.stringify({ ...message, sent_at: new Date().toISOString() })}\n`, {
      mode: 0o600,
    });
  }
}

/** Production without SMTP: printing reset links to a server console would hand them to whoever reads it. */
export class RefusingMailer implements Mailer {
  readonly available = false;
  readonly delivery = 'sent';

  async send(): Promise<void> {
    throw mailUnavailable();
  }
}

/** Tests: keeps every message so a test can read the link it carries. */
export class CapturingMailer implements Mailer {
  readonly available = true;
  readonly delivery = 'sent';
  readonly sent: MailMessage[] = [];
  /** Set to make the next sends fail like an unreachable mail server. */
  failWith: Error | null = null;

  async send(message: MailMessage): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.sent.push(message);
  }

  /** The newest message to `to`. */
  lastTo(to: string): MailMessage | undefined {
    return this.sent.filter((m) => m.to.toLowerCase() === to.toLowerCase()).at(-1);
  }
}

export function createMailer(
  config: Pick<Config, 'env' | 'smtpUrl' | 'mailFrom' | 'mailOutbox'>,
  out?: Writable,
): Mailer {
  if (config.smtpUrl) return new SmtpMailer(config.smtpUrl, config.mailFrom);
  if (config.mailOutbox) return new FileMailer(config.mailOutbox);
  if (config.env === 'production') return new RefusingMailer();
  return new ConsoleMailer(out);
}
