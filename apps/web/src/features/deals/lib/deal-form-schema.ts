import { z } from 'zod';
import {
  createDealBodySchema,
  dateInput,
  parseMoney,
  type CreateDealBody,
  type Deal,
  type UpdateDealBody,
} from '@crm/contracts';

const MONEY_MESSAGE = 'Enter an amount with at most two decimals, e.g. 1500 or 1500.50.';

/**
 * The deal dialogs' fields as the inputs hold them (text), checked with the contract's rules. Money
 * stays a decimal string: the contract's own money schema turns it into minor units, which the API
 * would then read as a decimal amount a hundred times too large.
 */
export const dealFormSchema = z.object({
  title: createDealBodySchema.shape.title,
  customer_id: createDealBodySchema.shape.customer_id,
  value: z
    .string()
    .trim()
    .refine((text) => text === '' || (parseMoney(text) ?? -1) >= 0, MONEY_MESSAGE),
  stage_id: z.string(),
  probability: z
    .string()
    .trim()
    .refine(
      (text) => text === '' || (/^\d{1,3}$/.test(text) && Number(text) <= 100),
      'Enter a whole number from 0 to 100.',
    ),
  expected_close_date: z
    .string()
    .refine((text) => text === '' || dateInput.safeParse(text).success, 'Enter a real date.'),
  description: z.string().max(10_000),
  assigned_to: createDealBodySchema.shape.assigned_to,
});

export type DealFormValues = z.input<typeof dealFormSchema>;

export const emptyDealForm = (stageId: number | undefined): DealFormValues => ({
  title: '',
  customer_id: undefined as unknown as number,
  value: '',
  stage_id: stageId === undefined ? '' : String(stageId),
  probability: '',
  expected_close_date: '',
  description: '',
  assigned_to: null,
});

export const dealToForm = (deal: Deal): DealFormValues => ({
  title: deal.title,
  customer_id: deal.customer_id,
  value: deal.value,
  stage_id: String(deal.stage_id),
  probability: deal.probability === null ? '' : String(deal.probability),
  expected_close_date: deal.expected_close_date ?? '',
  description: deal.description ?? '',
  assigned_to: deal.assigned_to,
});

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function toCreateDealBody(values: DealFormValues, pipelineId: number): CreateDealBody {
  return {
    title: values.title.trim(),
    customer_id: values.customer_id,
    pipeline_id: pipelineId,
    ...(values.stage_id ? { stage_id: Number(values.stage_id) } : {}),
    ...(values.value.trim() ? { value: values.value.trim() } : {}),
    expected_close_date: orNull(values.expected_close_date),
    description: orNull(values.description),
    // Nobody chosen: the server's default (nobody, or the creator for an Employee).
    ...(values.assigned_to != null ? { assigned_to: values.assigned_to } : {}),
  };
}

/**
 * Stage and pipeline are left out: they change only through the stage actions. The assignee is sent
 * only when it changed from `currentAssignee`, so saving other fields never reads as a reassignment.
 */
export function toUpdateDealBody(values: DealFormValues, currentAssignee?: number | null): UpdateDealBody {
  const assignee = values.assigned_to ?? null;
  const reassigns = currentAssignee !== undefined && assignee !== currentAssignee;
  return {
    ...(reassigns ? { assigned_to: assignee } : {}),
    title: values.title.trim(),
    customer_id: values.customer_id,
    value: values.value.trim() || '0',
    // Blank follows the stage's probability again.
    probability: values.probability.trim() === '' ? null : Number(values.probability),
    expected_close_date: orNull(values.expected_close_date),
    description: orNull(values.description),
  };
}
