import { z } from 'zod';
import { can, type IssuePriority, type Organization, type ResponseTargets } from '@crm/contracts';
import { DetailItem, DetailList, SectionCard, SimpleGrid, notifySuccess } from '@/components/ui';
import { ApiFormView, FormActions } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useSession } from '@/lib/auth/session';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateOrganization } from '../api/update-organization';

const PRIORITIES: readonly { key: IssuePriority; label: string }[] = [
  { key: 'urgent', label: 'Urgent' },
  { key: 'high', label: 'High' },
  { key: 'medium', label: 'Medium' },
  { key: 'low', label: 'Low' },
];

const MAX_HOURS = 8760;
const HOURS_MESSAGE = `Enter whole hours from 1 to ${MAX_HOURS.toLocaleString('en-US')} (a year).`;

/** Hours typed as text, checked as the contract checks them (whole hours, 1–8760). */
const hoursText = z
  .string()
  .trim()
  .refine((text) => /^\d{1,4}$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_HOURS, HOURS_MESSAGE)
  .transform(Number);

const targetsFormSchema = z.object({ urgent: hoursText, high: hoursText, medium: hoursText, low: hoursText });
type TargetsFormValues = z.input<typeof targetsFormSchema>;

const toFormValues = (targets: ResponseTargets): TargetsFormValues => ({
  urgent: String(targets.urgent),
  high: String(targets.high),
  medium: String(targets.medium),
  low: String(targets.low),
});

/** "4 hours", "1 hour", "48 hours (2 days)". */
export function describeHours(hours: number): string {
  const text = `${String(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
  if (hours < 48 || hours % 24 !== 0) return text;
  return `${text} (${String(hours / 24)} days)`;
}

const { TextField } = formFieldsFor<TargetsFormValues>();

function TargetsForm({ organization }: { organization: Organization }) {
  const updateOrganization = useUpdateOrganization();
  const form = useApiForm({
    schema: targetsFormSchema,
    values: toFormValues(organization.response_targets),
    resetOptions: { keepDirtyValues: true },
    submit: (targets) => updateOrganization.mutateAsync({ id: organization.id, body: { response_targets: targets } }),
    onSuccess: (saved) => {
      form.reset(toFormValues(saved.response_targets));
      notifySuccess('Response targets saved', 'New and re-prioritised issues use them.');
    },
  });
  const { isDirty } = form.methods.formState;
  return (
    <ApiFormView form={form} label="Response targets">
      <SimpleGrid columns={{ base: 2, md: 4 }} gap="4">
        {PRIORITIES.map(({ key, label }) => (
          <TextField key={key} name={key} label={label} required inputMode="numeric" endElement="hours" />
        ))}
      </SimpleGrid>
      <FormActions form={form} submitLabel="Save targets" disabled={!isDirty} />
    </ApiFormView>
  );
}

/**
 * How soon the team answers an issue first, per priority (PRODUCT §4): each issue's "first response
 * due" comes from these. The Owner and Admins change them; everyone else reads them.
 */
export function ResponseTargetsCard({ organization }: { organization: Organization }) {
  const { role } = useSession();
  return (
    <SectionCard
      title="Response targets"
      description="Hours to a first reply on an issue, by priority. Changes apply to issues raised or re-prioritised afterwards."
    >
      {can(role, 'organization', 'update') ? (
        <TargetsForm organization={organization} />
      ) : (
        <DetailList>
          {PRIORITIES.map(({ key, label }) => (
            <DetailItem key={key} label={label}>
              {describeHours(organization.response_targets[key])}
            </DetailItem>
          ))}
        </DetailList>
      )}
    </SectionCard>
  );
}
