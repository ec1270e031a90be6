import { useEffect } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { CUSTOMER_TYPES, dateInput, type ConvertLeadResponse, type Lead, type Pipeline } from '@crm/contracts';
import { z } from 'zod';
import { CheckboxField, SimpleGrid, Text, notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useOptionalSession } from '@/lib/auth/session';
import { moneyTextInput } from '@/lib/form-inputs';
import { useApiForm } from '@/lib/use-api-form';
import { CUSTOMER_TYPE_OPTIONS } from '@/features/customers';
import { AssigneeField, mayAssignOnlySelf } from '@/features/employees';
import { usePipelines } from '@/features/pipelines';
import { useConvertLead, type ConvertLeadRequest } from '../api/convert-lead';
import { leadDisplayName } from './lead-labels';

const convertSchema = z.object({
  customer_type: z.enum(CUSTOMER_TYPES),
  assigned_to: z.number().int().min(1).nullable(),
  create_deal: z.boolean(),
  deal_title: z.string().trim().max(200),
  deal_value: moneyTextInput,
  pipeline_id: z.string(),
  stage_id: z.string(),
  expected_close_date: z
    .string()
    .refine((text) => text === '' || dateInput.safeParse(text).success, 'Enter a real date.'),
});
type ConvertValues = z.input<typeof convertSchema>;
type ConvertOutput = z.output<typeof convertSchema>;

const { TextField, SelectField } = formFieldsFor<ConvertValues>();

const firstOpenStageId = (pipeline: Pipeline | undefined) =>
  pipeline?.stages.find((stage) => stage.kind === 'open')?.id;

/**
 * The server's own defaults (PRODUCT §5), shown so the user sees and can change them: the lead's
 * owner keeps the customer and the deal (an Employee's are theirs), the deal starts in the default
 * pipeline's first open stage.
 */
function defaultsFor(lead: Lead, pipeline: Pipeline | undefined, onlySelf: boolean): ConvertValues {
  const stageId = firstOpenStageId(pipeline);
  return {
    customer_type: lead.company ? 'business' : 'individual',
    assigned_to: onlySelf ? null : lead.assigned_to,
    create_deal: true,
    deal_title: lead.company || lead.full_name,
    deal_value: lead.estimated_value ?? '',
    pipeline_id: pipeline ? String(pipeline.id) : '',
    stage_id: stageId === undefined ? '' : String(stageId),
    expected_close_date: '',
  };
}

function toConvertBody(values: ConvertOutput): ConvertLeadRequest {
  const owner = values.assigned_to === null ? {} : { assigned_to: values.assigned_to };
  if (!values.create_deal) return { customer_type: values.customer_type, create_deal: false, ...owner };
  return {
    customer_type: values.customer_type,
    create_deal: true,
    deal_title: values.deal_title || null,
    deal_value: values.deal_value,
    ...owner,
    ...(values.pipeline_id ? { pipeline_id: Number(values.pipeline_id) } : {}),
    ...(values.stage_id ? { stage_id: Number(values.stage_id) } : {}),
    ...(values.expected_close_date ? { expected_close_date: values.expected_close_date } : {}),
  };
}

function DealFields({ pipelines }: { pipelines: readonly Pipeline[] }) {
  const { control, setValue, getValues } = useFormContext<ConvertValues>();
  const createDeal = useWatch({ control, name: 'create_deal' });
  const pipelineId = useWatch({ control, name: 'pipeline_id' });
  const pipeline = pipelines.find((candidate) => String(candidate.id) === pipelineId);

  // Pipelines that arrive after the dialog opened fill in the default; a new pipeline starts the
  // deal in its own first open stage. Nothing typed meanwhile is touched.
  const defaultPipeline = pipelines[0];
  useEffect(() => {
    if (pipelineId === '' && defaultPipeline) setValue('pipeline_id', String(defaultPipeline.id));
  }, [pipelineId, defaultPipeline, setValue]);
  useEffect(() => {
    if (!pipeline) return;
    const stageIds = pipeline.stages.map((stage) => String(stage.id));
    if (!stageIds.includes(getValues('stage_id'))) {
      const first = firstOpenStageId(pipeline);
      setValue('stage_id', first === undefined ? '' : String(first));
    }
  }, [pipeline, getValues, setValue]);

  return (
    <>
      <Controller
        control={control}
        name="create_deal"
        render={({ field }) => (
          <CheckboxField checked={field.value} onCheckedChange={field.onChange} name={field.name}>
            Also create a deal
          </CheckboxField>
        )}
      />
      {createDeal && (
        <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
          <TextField name="deal_title" label="Deal title" />
          <TextField name="deal_value" label="Deal value" optional inputMode="decimal" />
          {pipelines.length > 1 && (
            <SelectField
              name="pipeline_id"
              label="Pipeline"
              options={pipelines.map((candidate) => ({ value: String(candidate.id), label: candidate.name }))}
            />
          )}
          {pipeline && (
            <SelectField
              name="stage_id"
              label="Stage"
              options={pipeline.stages
                .filter((stage) => stage.kind === 'open')
                .map((stage) => ({ value: String(stage.id), label: `${stage.name} (${String(stage.probability)}%)` }))}
            />
          )}
          <TextField name="expected_close_date" label="Expected close" optional type="date" />
        </SimpleGrid>
      )}
    </>
  );
}

interface ConvertLeadDialogProps {
  lead: Lead;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConverted: (result: ConvertLeadResponse) => void;
}

/** Turns the lead into a customer, optionally with a deal: who owns them, and where the deal starts. */
export function ConvertLeadDialog({ lead, open, onOpenChange, onConverted }: ConvertLeadDialogProps) {
  const convertLead = useConvertLead();
  const pipelines = usePipelines();
  const onlySelf = mayAssignOnlySelf(useOptionalSession()?.role, 'leads');
  const pipelineList = pipelines.data ?? [];
  const name = leadDisplayName(lead);
  const form = useApiForm({
    schema: convertSchema,
    defaultValues: defaultsFor(lead, pipelineList[0], onlySelf),
    open,
    fields: [
      'customer_type',
      'assigned_to',
      'deal_title',
      'deal_value',
      'pipeline_id',
      'stage_id',
      'expected_close_date',
    ],
    submit: (values) => convertLead.mutateAsync({ id: lead.id, body: toConvertBody(values) }),
    onSuccess: (result) => {
      onOpenChange(false);
      const dealPart = result.deal ? `, with the deal ${result.deal.title} (${result.deal.code})` : '';
      notifySuccess('Lead converted', `${result.customer.name} is now customer ${result.customer.code}${dealPart}.`);
      onConverted(result);
    },
  });

  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      size="md"
      title={`Convert ${name}`}
      submitLabel="Convert lead"
    >
      <Text color="fg.muted">
        A customer is created from {name}’s contact details. The lead is then marked converted and can no longer be
        qualified or converted again.
      </Text>
      <SelectField name="customer_type" label="Customer type" options={CUSTOMER_TYPE_OPTIONS} />
      <AssigneeField
        resource="leads"
        label="Owner of the customer and deal"
        record={{
          assigned_to: lead.assigned_to,
          assigned_to_name: onlySelf ? null : lead.assigned_to_name,
          permissions: { assign: true },
        }}
      />
      <DealFields pipelines={pipelineList} />
    </FormDialog>
  );
}
