import { useState } from 'react';
import { REQUIRED_MESSAGE } from '@crm/contracts';
import { z } from 'zod';
import { Button, HStack, SegmentedControl, notifySuccess } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
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

const { TextField, TextareaField } = formFieldsFor<ComposerValues>();
const emptyComposer = (): ComposerValues => ({ subject: '', body: '', due_at: tomorrowMorningInput() });

/** Logs a call, adds a note, or adds a task with a due date on a customer, lead or deal. */
export function ActivityComposer({ subject }: { subject: TimelineSubject }) {
  const [kind, setKind] = useState<ComposerKind>('call');
  const createActivity = useCreateActivity();
  const current = COMPOSER_KINDS.find((entry) => entry.value === kind) ?? COMPOSER_KINDS[0];
  const form = useApiForm({
    schema: composerSchema,
    defaultValues: emptyComposer(),
    submit: (values) =>
      createActivity.mutateAsync({
        type: kind,
        subject: values.subject,
        body: values.body || null,
        due_at: kind === 'task' && values.due_at ? dueInputToIso(values.due_at) : null,
        ...linkTo(subject),
      }),
    onSuccess: () => {
      form.reset(emptyComposer());
      notifySuccess(current.done);
    },
  });

  return (
    <ApiFormView form={form} label="New activity" gap="3">
      <SegmentedControl
        label="Activity type"
        value={kind}
        onValueChange={(value) => setKind(value as ComposerKind)}
        items={COMPOSER_KINDS}
      />
      <TextField name="subject" label="Subject" required placeholder={current.placeholder} />
      <TextareaField name="body" label="Details" optional rows={2} autoresize />
      {kind === 'task' && <TextField name="due_at" label="Due" optional type="datetime-local" maxW="xs" />}
      <HStack justify="flex-end">
        <Button type="submit" colorPalette="brand" size="sm" loading={form.isPending}>
          {current.submit}
        </Button>
      </HStack>
    </ApiFormView>
  );
}
