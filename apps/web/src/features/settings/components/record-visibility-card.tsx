import { can, recordVisibilitySchema, type Organization, type RecordVisibility } from '@crm/contracts';
import { DetailItem, DetailList, SectionCard, SimpleGrid, notifySuccess } from '@/components/ui';
import { ApiFormView, FormActions } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useSession } from '@/lib/auth/session';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateOrganization } from '../api/update-organization';

const EMPLOYEE_OPTIONS = [
  { value: 'all', label: 'All records' },
  { value: 'own', label: 'Only their own' },
] as const satisfies readonly { value: RecordVisibility['employee']; label: string }[];

const MANAGER_OPTIONS = [
  { value: 'all', label: 'All records' },
  { value: 'team', label: "Their team's (people who report to them)" },
] as const satisfies readonly { value: RecordVisibility['manager']; label: string }[];

const labelOf = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((option) => option.value === value)?.label ?? value;

const { SelectField } = formFieldsFor<RecordVisibility>();

function VisibilityForm({ organization }: { organization: Organization }) {
  const updateOrganization = useUpdateOrganization();
  const form = useApiForm({
    schema: recordVisibilitySchema,
    values: organization.record_visibility,
    resetOptions: { keepDirtyValues: true },
    submit: (visibility) =>
      updateOrganization.mutateAsync({ id: organization.id, body: { record_visibility: visibility } }),
    onSuccess: (saved) => {
      form.reset(saved.record_visibility);
      notifySuccess('Record visibility saved', `${saved.name} now uses the new rule.`);
    },
  });
  const { isDirty } = form.methods.formState;

  return (
    <ApiFormView form={form} label="Record visibility">
      <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
        <SelectField name="employee" label="Employees see" options={EMPLOYEE_OPTIONS} />
        <SelectField name="manager" label="Managers see" options={MANAGER_OPTIONS} />
      </SimpleGrid>
      <FormActions form={form} submitLabel="Save visibility" disabled={!isDirty} />
    </ApiFormView>
  );
}

/**
 * Which records Employees and Managers see (PRODUCT §3): everything, or only their own / their
 * team's. The Owner and Admins change it (the API merges the partial object); everyone else reads it.
 */
export function RecordVisibilityCard({ organization }: { organization: Organization }) {
  const { role } = useSession();
  const { employee, manager } = organization.record_visibility;
  return (
    <SectionCard
      title="Record visibility"
      description="Which records Employees and Managers see. The Owner and Admins always see everything."
    >
      {can(role, 'organization', 'update') ? (
        <VisibilityForm organization={organization} />
      ) : (
        <DetailList>
          <DetailItem label="Employees see">{labelOf(EMPLOYEE_OPTIONS, employee)}</DetailItem>
          <DetailItem label="Managers see">{labelOf(MANAGER_OPTIONS, manager)}</DetailItem>
        </DetailList>
      )}
    </SectionCard>
  );
}
