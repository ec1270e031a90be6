import { z } from 'zod';
import { idSchema, idFilter } from './common.js';
import { moneyOutput } from './money.js';
import { dealSchema } from './deals.js';
import { assigneeFilter } from './work.js';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

const stageName = z.string().trim().min(1).max(100);
const probability = z.number().int().min(0).max(100);

export const stageSchema = z.object({
  id: idSchema,
  pipeline_id: idSchema,
  name: z.string(),
  order: z.number().int(),
  probability: z.number().int(),
  kind: z.enum(STAGE_KINDS),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Stage = z.infer<typeof stageSchema>;

export const pipelineSchema = z.object({
  id: idSchema,
  name: z.string(),
  is_default: z.boolean(),
  stages: z.array(stageSchema),
  created_at: z.string(),
  updated_at: z.string(),
  created_by: idSchema.nullable(),
});
export type Pipeline = z.infer<typeof pipelineSchema>;

/** Open stages to start with; the won and lost stages are added by the server. */
export const createPipelineBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  is_default: z.boolean().optional(),
  stages: z
    .array(z.object({ name: stageName, probability }))
    .min(1)
    .max(30)
    .optional(),
});
export const updatePipelineBodySchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  /** Only `true`: a pipeline stops being the default when another one becomes it. */
  is_default: z.literal(true, { error: 'Make another pipeline the default instead.' }).optional(),
});
export type CreatePipelineBody = z.input<typeof createPipelineBodySchema>;
export type UpdatePipelineBody = z.input<typeof updatePipelineBodySchema>;

/** New stages are open stages, placed before the won and lost stages unless `order` says otherwise. */
export const createStageBodySchema = z.object({
  name: stageName,
  probability,
  order: z.number().int().min(1).optional(),
});
export const updateStageBodySchema = z.object({ name: stageName.optional(), probability: probability.optional() });
export const reorderStagesBodySchema = z.object({ stage_ids: z.array(z.number().int()).min(1).max(100) });
export const deleteStageQuerySchema = z.object({ move_to: idFilter });
export type CreateStageBody = z.input<typeof createStageBodySchema>;
export type UpdateStageBody = z.input<typeof updateStageBodySchema>;

export const stageParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
  stage_id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});

export const boardColumnSchema = z.object({
  stage: stageSchema,
  count: z.number().int(),
  total_value: moneyOutput,
  weighted_value: moneyOutput,
  deals: z.array(dealSchema),
  has_more: z.boolean(),
});
export const boardSchema = z.object({
  pipeline: pipelineSchema.omit({ stages: true }),
  columns: z.array(boardColumnSchema),
});
export type BoardColumn = z.infer<typeof boardColumnSchema>;
export type Board = z.infer<typeof boardSchema>;

export const BOARD_PAGE_SIZE = 50;
export const boardQuerySchema = z.object({
  stage: idFilter,
  page: z.string().optional(),
  search: z.string().max(200).optional(),
  assigned_to: assigneeFilter,
});
