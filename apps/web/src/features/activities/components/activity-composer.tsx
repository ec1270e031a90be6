import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { REQUIRED_MESSAGE } from '@crm/contracts';
import { z } from 'zod';
import {
  Button,
  FormField,
  HStack,
  Input,
  SegmentedControl,
  Stack,
  Textarea,
  notifyError,
  notifySuccess,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { linkTo, useCreateActivity } from '../api/create-activity';
import type { TimelineSubject } from '../api/timeline-keys';
import { dueInputToIso, tomorrowMorningInput } from './due-date-input';

const COMPOSER_KINDS = [
  {
    value: 'call',
    label: 'Log a call',
    submit: 'Log call',
    done: 'Call logged',
    placeholder: 'Talked about the renewal',
  },
  {
    value: 'note',
    label: 'Add a note',
    submit: 'Add note',
    done: 'Note added',
    placeholder: 'Prefers email over phone',
  },
  { value: 'task', label: 'Add a task', submit: 'Add task', done: 'Task added', placeholder: 'Send the proposal' },
] as const;
type ComposerKind = (typeof COMPOSER_KINDS)[number]['value'];

const composerSchema = z.object({
  subject: z.string().trim().min(1, REQUIRED_MESSAGE).max(300),
  body: z.string().trim().max(20_000),
  due_at: z.string().refine((value) => value === '' || dueInputToIso(value) !== null, 'Enter a valid date and time.'),
});
type ComposerValues = z.input<typeof composerSchema>;
type ComposerOutput = z.output<typeof composerSchema>;

const FIELDS = ['subject', 'body', 'due_at'] as const;

/** Logs a call, adds a note, or adds a task with a due date on a customer, lead or deal. */
export function ActivityComposer({ subject }: { subject: TimelineSubject }) {
  const [kind, setKind] = useState<ComposerKind>('call');
  const createActivity = useCreateActivity();
  const current = COMPOSER_KINDS.find((entry) => entry.value === kind) ?? COMPOSER_KINDS[0];
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ComposerValues, unknown, ComposerOutput>({
    resolver: zodResolver(composerSchema, formResolverOptions),
    defaultValues: { subject: '', body: '', due_at: tomorrowMorningInput() },
  });

  const submit = async (values: ComposerOutput) => {
    try {
      await createActivity.mutateAsync({
        type: kind,
        subject: values.subject,
        body: values.body || null,
        due_at: kind === 'task' && values.due_at ? dueInputToIso(values.due_at) : null,
        ...linkTo(subject),
      });
      reset({ subject: '', body: '', due_at: tomorrowMorningInput() });
      notifySuccess(current.done);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) {
        notifyError(`Could not ${current.submit.toLowerCase()}`, unplaced.join(' ') || apiError.message);
      }
    }
  };

  return (
    <form noValidate aria-label="New activity" onSubmit={(event) => void handleSubmit(submit)(event)}>
      <Stack gap="3">
        <SegmentedControl
          label="Activity type"
          value={kind}
          onValueChange={(value) => setKind(value as ComposerKind)}
          items={COMPOSER_KINDS}
        />
        <FormField label="Subject" required errorText={errors.subject?.message}>
          <Input placeholder={current.placeholder} {...register('subject')} />
        </FormField>
        <FormField label="Details" optionalText=" (optional)" errorText={errors.body?.message}>
          <Textarea rows={2} autoresize {...register('body')} />
        </FormField>
        {kind === 'task' && (
          <FormField label="Due" optionalText=" (optional)" errorText={errors.due_at?.message} maxW="xs">
            <Input type="datetime-local" {...register('due_at')} />
          </FormField>
        )}
        <HStack justify="flex-end">
          <Button type="submit" colorPalette="brand" size="sm" loading={createActivity.isPending}>
            {current.submit}
          </Button>
        </HStack>
      </Stack>
    </form>
  );
}
