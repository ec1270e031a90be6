import type { Role } from '@crm/contracts';
import type { MailMessage } from '../../core/mailer.js';

const ROLE_NAMES: Record<Role, string> = {
  owner: 'Owner',
  admin: 'an Admin',
  manager: 'a Manager',
  employee: 'an Employee',
  client: 'a client',
};

const readableUtc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function invitationEmail(input: {
  to: string;
  role: Role;
  organizationName: string;
  inviterName: string;
  acceptUrl: string;
  expiresAt: string;
}): MailMessage {
  const isClient = input.role === 'client';
  const subject = isClient
    ? `${input.organizationName} invited you to their customer portal`
    : `${input.inviterName} invited you to join ${input.organizationName} on Too Good CRM`;
  const intro = isClient
    ? `${input.organizationName} invited you to their customer portal on Too Good CRM, where you can follow your orders, payments and support requests.`
    : `${input.inviterName} invited you to join ${input.organizationName} on Too Good CRM as ${ROLE_NAMES[input.role]}.`;
  const text = [
    'Hello,',
    '',
    intro,
    '',
    `Accept the invitation: ${input.acceptUrl}`,
    '',
    `The link works once and expires on ${readableUtc(input.expiresAt)}.`,
    'If you were not expecting this invitation, you can ignore this email.',
  ].join('\n');
  return { to: input.to, subject, text };
}
