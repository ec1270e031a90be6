import { z } from 'zod';
import { idSchema, optionalText, idFilter } from './common.js';
import { moneyInput, moneyOutput } from './money.js';
import {
  assigneeFilter,
  assignAction,
  bulkTarget,
  deleteAction,
  exactlyOneTarget,
  recordPermissionsSchema,
} from './work.js';
import {
  auditFields,
  customFieldsInput,
  customFieldsOutput,
  dateInput,
  listQueryBase,
  optionalRef,
  requiredRef,
  tagsInput,
  tagsOutput,
} from './sales-common.js';

const dealFields = {
  value: moneyInput.optional(),
  probability: z.number().int().min(0).max(100).nullable().optional(),
  expected_close_date: dateInput,
  assigned_to: optionalRef,
  description: optionalText(10_000),
  custom_fields: customFieldsInput,
  tags: tagsInput,
};
const title = z.string().trim().min(1).max(200);

/** Pipeline and stage are chosen at creation only; afterwards stages change through actions. */
export const createDealBodySchema = z.object({
  title,
  customer_id: requiredRef,
  pipeline_id: optionalRef,
  stage_id: optionalRef,
  ...dealFields,
});
export const replaceDealBodySchema = z.object({ title, customer_id: requiredRef, ...dealFields });
export const updateDealBodySchema = z.object({
  title: title.optional(),
  customer_id: requiredRef.optional(),
  ...dealFields,
});
export type CreateDealBody = z.input<typeof createDealBodySchema>;
export type UpdateDealBody = z.input<typeof updateDealBodySchema>;

export const dealSchema = z.object({
  id: idSchema,
  code: z.string(),
  title: z.string(),
  customer_id: idSchema,
  customer_name: z.string(),
  value: moneyOutput,
  pipeline_id: idSchema,
  pipeline_name: z.string(),
  stage_id: idSchema,
  stage_name: z.string(),
  probability: z.number().int().nullable(),
  effective_probability: z.number().int(),
  weighted_value: moneyOutput,
  expected_close_date: z.string().nullable(),
  assigned_to: idSchema.nullable(),
  assigned_to_name: z.string().nullable(),
  lost_reason: z.string().nullable(),
  description: z.string().nullable(),
  is_won: z.boolean(),
  is_lost: z.boolean(),
  is_closed: z.boolean(),
  stage_entered_at: z.string(),
  closed_at: z.string().nullable(),
  custom_fields: customFieldsOutput,
  tags: tagsOutput,
  ...auditFields,
  permissions: recordPermissionsSchema,
});
export type Deal = z.infer<typeof dealSchema>;

export const DEAL_ORDERING = [
  'code',
  'title',
  'value',
  'expected_close_date',
  'stage_entered_at',
  'created_at',
  'updated_at',
] as const;
export const DEAL_STATES = ['open', 'won', 'lost'] as const;

export const dealListQuerySchema = z.object({
  ...listQueryBase,
  pipeline: idFilter,
  stage: idFilter,
  customer: idFilter,
  assigned_to: assigneeFilter,
  status: z.enum(DEAL_STATES).optional(),
  is_won: z.enum(['true', 'false']).optional(),
});

export const dealFilterSchema = dealListQuerySchema.omit({ page: true, page_size: true, ordering: true });
/** `move_stage` takes a stage of each deal's own pipeline; a deal in another pipeline is refused. */
const dealTarget = bulkTarget(dealFilterSchema);
export const dealsBulkBodySchema = z
  .discriminatedUnion('action', [
    assignAction.extend(dealTarget),
    z.object({ action: z.literal('move_stage'), stage_id: requiredRef, ...dealTarget }),
    deleteAction.extend(dealTarget),
  ])
  .superRefine(exactlyOneTarget);
export type DealsBulkBody = z.input<typeof dealsBulkBodySchema>;

export const moveStageBodySchema = z.object({ stage_id: requiredRef });
/** Action bodies are optional: Fastify hands a missing body over as null. */
export const markLostBodySchema = z.object({ lost_reason: optionalText(1000) }).nullish();
export const markWonBodySchema = z.object({}).nullish();

export const stageHistoryEntrySchema = z.object({
  id: idSchema,
  from_stage_id: idSchema.nullable(),
  from_stage_name: z.string().nullable(),
  to_stage_id: idSchema.nullable(),
  to_stage_name: z.string(),
  changed_by: idSchema.nullable(),
  changed_by_name: z.string().nullable(),
  changed_at: z.string(),
});
export type StageHistoryEntry = z.infer<typeof stageHistoryEntrySchema>;
