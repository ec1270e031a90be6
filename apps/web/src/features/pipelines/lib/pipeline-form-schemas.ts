import { z } from 'zod';
import { createPipelineBodySchema, createStageBodySchema } from '@crm/contracts';

export const pipelineNameFormSchema = z.object({ name: createPipelineBodySchema.shape.name });
export type PipelineNameFormValues = z.input<typeof pipelineNameFormSchema>;

/** Probability is typed as text and checked here; the contract takes it as a whole number. */
export const stageFormSchema = z.object({
  name: createStageBodySchema.shape.name,
  probability: z
    .string()
    .trim()
    .refine((text) => /^\d{1,3}$/.test(text) && Number(text) <= 100, 'Enter a whole number from 0 to 100.'),
});
export type StageFormValues = z.input<typeof stageFormSchema>;
