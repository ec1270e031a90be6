import type { Organization } from '@crm/contracts';
import { Button, SectionCard, SimpleGrid, chakra, notifySuccess } from '@/components/ui';
import { ApiFormView, FormActions } from '@/components/ui/api-form';
import { AddressFields, formFieldsFor } from '@/components/ui/form-fields';
// Imported on its own, not through the index, which is on the first screen.
import { TimeZoneField } from '@/components/ui/time-zone-select';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateOrganization } from '../api/update-organization';
import {
  organizationFormSchema,
  organizationToFormValues,
  toUpdateOrganizationBody,
  type OrganizationFormValues,
} from '../lib/organization-form';

const { TextField } = formFieldsFor<OrganizationFormValues>();

interface OrganizationFormProps {
  organization: Organization;
  /** Roles that may only read see the same fields, disabled, and no save button. */
  isReadOnly: boolean;
}

export function OrganizationForm({ organization, isReadOnly }: OrganizationFormProps) {
  const updateOrganization = useUpdateOrganization();
  const form = useApiForm({
    schema: organizationFormSchema,
    values: organizationToFormValues(organization),
    resetOptions: { keepDirtyValues: true },
    submit: (values) => updateOrganization.mutateAsync({ id: organization.id, body: toUpdateOrganizationBody(values) }),
    onSuccess: (saved) => {
      form.reset(organizationToFormValues(saved));
      notifySuccess('Organization saved', `${saved.name} was updated.`);
    },
  });
  const { isDirty } = form.methods.formState;

  return (
    <SectionCard title="Details">
      <chakra.fieldset disabled={isReadOnly} border="0" p="0" m="0" minW="0">
        <ApiFormView form={form} label="Organization details">
          <TextField name="name" label="Name" required autoComplete="organization" />
          <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
            <TextField name="industry" label="Industry" optional />
            <TextField name="website" label="Website" optional type="url" placeholder="https://example.com" />
            <TextField name="email" label="Email" optional type="email" />
            <TextField name="phone" label="Phone" optional type="tel" />
            <AddressFields variant="inline" />
            <TextField
              name="currency"
              label="Currency"
              required
              helperText="A three-letter ISO 4217 code. It is fixed once deals or lead values exist."
              maxLength={3}
              textTransform="uppercase"
            />
            <TimeZoneField
              currentValue={organization.timezone}
              helperText="Reports and date filters count days in this zone."
            />
          </SimpleGrid>
          {!isReadOnly && (
            <FormActions form={form} submitLabel="Save changes" disabled={!isDirty}>
              <Button
                variant="outline"
                onClick={() => form.reset(organizationToFormValues(organization))}
                disabled={!isDirty || form.isPending}
              >
                Discard changes
              </Button>
            </FormActions>
          )}
        </ApiFormView>
      </chakra.fieldset>
    </SectionCard>
  );
}
