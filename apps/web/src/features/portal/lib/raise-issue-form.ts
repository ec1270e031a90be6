import { z } from 'zod';
import { CLIENT_ISSUE_PRIORITIES, ISSUE_CATEGORIES, type CreateIssueBody } from '@crm/contracts';

/** What a Client may set (PRODUCT §3): title, description, category, priority up to high, their order. */
export const raiseIssueFormSchema = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(20_000),
  category: z.enum(ISSUE_CATEGORIES),
  priority: z.enum(CLIENT_ISSUE_PRIORITIES),
  order_id: z.string(),
});
export type RaiseIssueFormValues = z.input<typeof raiseIssueFormSchema>;
export type RaiseIssueFormOutput = z.output<typeof raiseIssueFormSchema>;

export const emptyRaiseIssueForm = (orderId?: number): RaiseIssueFormValues => ({
  title: '',
  description: '',
  category: 'general',
  priority: 'medium',
  order_id: orderId === undefined ? '' : String(orderId),
});

export function toRaiseIssueBody(values: RaiseIssueFormOutput): CreateIssueBody {
  return {
    title: values.title,
    description: values.description || null,
    category: values.category,
    priority: values.priority,
    order_id: values.order_id === '' ? null : Number(values.order_id),
  };
}
