import { z } from 'zod';
import { idParam, idSchema, pageQuerySchema, timestampSchema } from './common.js';
import { ROLES } from './roles.js';
import { emailSchema, organizationRefSchema, passwordSchema, usernameSchema, userSchema } from './auth.js';
import { organizationSchema } from './organizations.js';
import { assignableRoleSchema } from './members.js';

/** Invitations live 7 days (PRODUCT §4). */
export const INVITATION_TTL_DAYS = 7;

export const invitationParamsSchema = z.object({ id: idParam, invitation_id: idParam });
export const invitationTokenParamsSchema = z.object({ token: z.string().min(1).max(200) });

/** Staff invitations; a client is invited only through a customer's invite_to_portal. */
export const createInvitationBodySchema = z.object({
  email: emailSchema,
  role: assignableRoleSchema,
});
export type CreateInvitationBody = z.input<typeof createInvitationBodySchema>;

/** add_member is an alias of creating an invitation (PRODUCT §6): no one joins without accepting. */
export const addMemberBodySchema = createInvitationBodySchema;
export type AddMemberBody = CreateInvitationBody;

/** Without `email`, the customer's own email address is used. */
export const inviteToPortalBodySchema = z.object({ email: emailSchema.optional() }).nullish();
export type InviteToPortalBody = z.input<typeof inviteToPortalBodySchema>;

/** A pending invitation as listed: never its token. */
export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: z.enum(ROLES),
  customer_id: idSchema.nullable(),
  invited_by: idSchema.nullable(),
  expires_at: timestampSchema,
  created_at: timestampSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * Where an emailed link went: `sent` by SMTP; in development without mail, printed to the server's
 * `terminal` or written to the `outbox` file; `failed` when the mail server refused it.
 */
export const EMAIL_DELIVERIES = ['sent', 'terminal', 'outbox', 'failed'] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];

/**
 * The answer to creating an invitation: the only time its token is shown, at the end of
 * `accept_url`. `email_sent` is true only when an email really went out; otherwise share the link
 * by hand (`email_delivery` says where it went instead).
 */
export const createdInvitationSchema = invitationSchema.extend({
  accept_url: z.string(),
  email_sent: z.boolean(),
  email_delivery: z.enum(EMAIL_DELIVERIES),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationListQuerySchema = pageQuerySchema;

/** What the public accept page shows before anyone signs in. */
export const invitationPreviewSchema = z.object({
  organization: organizationRefSchema.pick({ id: true, name: true }),
  role: z.enum(ROLES),
  email: z.string(),
  expires_at: timestampSchema,
  /** Whether the invited email already has an account: the page offers sign-in instead of sign-up. */
  has_account: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** Signed in: no body needed. Otherwise the new account's username and password. */
export const acceptInvitationBodySchema = z
  .object({
    username: usernameSchema.optional(),
    password: passwordSchema.optional(),
    first_name: z.string().trim().max(150).nullish(),
    last_name: z.string().trim().max(150).nullish(),
  })
  .nullish();
export type AcceptInvitationBody = z.input<typeof acceptInvitationBodySchema>;

export const acceptInvitationResponseSchema = z.object({
  /** A new token when the account was created here; null when accepted as the signed-in user. */
  token: z.string().nullable(),
  user: userSchema,
  organization: organizationSchema,
});
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponseSchema>;
