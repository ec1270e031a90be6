import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Organization } from '@crm/contracts';
import {
  Button,
  Card,
  FormAlert,
  FormField,
  HStack,
  Heading,
  Input,
  SimpleGrid,
  Stack,
  chakra,
  notifySuccess,
} from '@/components/ui';
// Imported on its own, not through the index, which is on the first screen.
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useUpdateOrganization } from '../api/update-organization';
import {
  ORGANIZATION_FORM_FIELDS,
  organizationFormSchema,
  organizationToFormValues,
  toUpdateOrganizationBody,
  type OrganizationFormOutput,
  type OrganizationFormValues,
} from '../lib/organization-form';

const OPTIONAL = ' (optional)';

interface OrganizationFormProps {
  organization: Organization;
  /** Roles that may only read see the same fields, disabled, and no save button. */
  isReadOnly: boolean;
}

export function OrganizationForm({ organization, isReadOnly }: OrganizationFormProps) {
  const updateOrganization = useUpdateOrganization();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<OrganizationFormValues, unknown, OrganizationFormOutput>({
    resolver: zodResolver(organizationFormSchema, formResolverOptions),
    values: organizationToFormValues(organization),
    resetOptions: { keepDirtyValues: true },
  });

  const submit = async (values: OrganizationFormOutput) => {
    setFormError(null);
    try {
      const saved = await updateOrganization.mutateAsync({
        id: organization.id,
        body: toUpdateOrganizationBody(values),
      });
      reset(organizationToFormValues(saved));
      notifySuccess('Organization saved', `${saved.name} was updated.`);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, ORGANIZATION_FORM_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <Card.Root variant="outline">
      <Card.Header>
        <Heading as="h2" size="md">
          Details
        </Heading>
      </Card.Header>
      <Card.Body>
        <form noValidate aria-label="Organization details" onSubmit={(event) => void handleSubmit(submit)(event)}>
          <chakra.fieldset disabled={isReadOnly} border="0" p="0" m="0" minW="0">
            <Stack gap="4">
              {formError && <FormAlert message={formError} />}
              <FormField label="Name" required errorText={errors.name?.message}>
                <Input autoComplete="organization" {...register('name')} />
              </FormField>
              <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
                <FormField label="Industry" optionalText={OPTIONAL} errorText={errors.industry?.message}>
                  <Input {...register('industry')} />
                </FormField>
                <FormField label="Website" optionalText={OPTIONAL} errorText={errors.website?.message}>
                  <Input type="url" placeholder="https://example.com" {...register('website')} />
                </FormField>
                <FormField label="Email" optionalText={OPTIONAL} errorText={errors.email?.message}>
                  <Input type="email" {...register('email')} />
                </FormField>
                <FormField label="Phone" optionalText={OPTIONAL} errorText={errors.phone?.message}>
                  <Input type="tel" {...register('phone')} />
                </FormField>
                <FormField label="Street address" optionalText={OPTIONAL} errorText={errors.address?.message}>
                  <Input {...register('address')} />
                </FormField>
                <FormField label="City" optionalText={OPTIONAL} errorText={errors.city?.message}>
                  <Input {...register('city')} />
                </FormField>
                <FormField label="State or region" optionalText={OPTIONAL} errorText={errors.state?.message}>
                  <Input {...register('state')} />
                </FormField>
                <FormField label="Postal code" optionalText={OPTIONAL} errorText={errors.postal_code?.message}>
                  <Input {...register('postal_code')} />
                </FormField>
                <FormField label="Country" optionalText={OPTIONAL} errorText={errors.country?.message}>
                  <Input {...register('country')} />
                </FormField>
                <FormField
                  label="Currency"
                  required
                  helperText="A three-letter ISO 4217 code. It is fixed once deals or lead values exist."
                  errorText={errors.currency?.message}
                >
                  <Input maxLength={3} textTransform="uppercase" {...register('currency')} />
                </FormField>
                <FormField
                  label="Time zone"
                  required
                  helperText="Reports and date filters count days in this zone."
                  errorText={errors.timezone?.message}
                >
                  <TimeZoneSelect currentValue={organization.timezone} {...register('timezone')} />
                </FormField>
              </SimpleGrid>
              {!isReadOnly && (
                <HStack gap="2" justify="flex-end">
                  <Button
                    variant="outline"
                    onClick={() => reset(organizationToFormValues(organization))}
                    disabled={!isDirty || updateOrganization.isPending}
                  >
                    Discard changes
                  </Button>
                  <Button type="submit" colorPalette="brand" loading={updateOrganization.isPending} disabled={!isDirty}>
                    Save changes
                  </Button>
                </HStack>
              )}
            </Stack>
          </chakra.fieldset>
        </form>
      </Card.Body>
    </Card.Root>
  );
}
