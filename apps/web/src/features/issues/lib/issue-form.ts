import { z } from 'zod';
import { ISSUE_CATEGORIES, ISSUE_PRIORITIES, requiredRef, type CreateIssueBody } from '@crm/contracts';

const title = z.string().trim().min(1).max(300);
const description = z.string().trim().max(20_000);

/** Staff raise an issue for a customer (PRODUCT §4: title and customer required). */
export const staffIssueFormSchema = z.object({
  title,
  description,
  customer_id: requiredRef,
  order_id: z.string(),
  priority: z.enum(ISSUE_PRIORITIES),
  category: z.enum(ISSUE_CATEGORIES),
  assigned_to: z.string(),
});
export type StaffIssueFormValues = z.input<typeof staffIssueFormSchema>;
export type StaffIssueFormOutput = z.output<typeof staffIssueFormSchema>;

export const emptyStaffIssueForm = (customerId?: number): StaffIssueFormValues => ({
  title: '',
  description: '',
  customer_id: customerId as number,
  order_id: '',
  priority: 'medium',
  category: 'general',
  assigned_to: '',
});

const idOrNull = (text: string) => (text === '' ? null : Number(text));

export function toStaffIssueBody(values: StaffIssueFormOutput): CreateIssueBody {
  return {
    title: values.title,
    description: values.description || null,
    customer_id: values.customer_id,
    order_id: idOrNull(values.order_id),
    priority: values.priority,
    category: values.category,
    assigned_to: idOrNull(values.assigned_to),
  };
}
