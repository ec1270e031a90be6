import { useRef, useState } from 'react';
import { REQUIRED_MESSAGE } from '@crm/contracts';
import { z } from 'zod';
import { Button, HStack, SegmentedControl, SimpleGrid, notifySuccess } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useOptionalSession } from '@/lib/auth/session';
import { AssigneeField, mayAssignOnlySelf } from '@/features/employees';
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
    placeholder: 'Prefers email over phone.\nThe first line is the note’s title.',
  },
  { value: 'task', label: 'Add a task', submit: 'Add task', done: 'Task added', placeholder: 'Send the proposal' },
] as const;
type ComposerKind = (typeof COMPOSER_KINDS)[number]['value'];

const SUBJECT_MAX = 300;

/**
 * A note is written in one box: its first line becomes the subject, the rest its details. A first
 * line too long for a subject is shortened there and the whole text kept as the details.
 */
export function noteToActivity(text: string): { subject: string; body: string | null } {
  const trimmed = text.trim();
  const [firstLine = '', ...rest] = trimmed.split(/\r?\n/);
  const subject = firstLine.trim();
  if (subject.length <= SUBJECT_MAX) return { subject, body: rest.join('\n').trim() || null };
  return { subject: `${subject.slice(0, SUBJECT_MAX - 1)}…`, body: trimmed };
}

const composerSchema = z
  .object({
    kind: z.enum(['call', 'note', 'task']),
    subject: z.string().trim().max(SUBJECT_MAX),
    body: z.string().trim().max(20_000),
    note: z.string().trim().max(20_000),
    due_at: z.string().refine((value) => value === '' || dueInputToIso(value) !== null, 'Enter a valid date and time.'),
    assigned_to: z.number().int().min(1).nullable(),
    /** The chosen assignee's name, so the box shows it again when the task tab comes back. */
    assigned_to_name: z.string().nullable(),
  })
  .superRefine((values, ctx) => {
    const field = values.kind === 'note' ? 'note' : 'subject';
    if (values[field] === '') ctx.addIssue({ code: 'custom', message: REQUIRED_MESSAGE, path: [field] });
  });
type ComposerValues = z.input<typeof composerSchema>;

const { TextField, TextareaField } = formFieldsFor<ComposerValues>();
/** Where the API's field errors may land, per tab (a note's subject is its first line). */
const NOTE_FIELDS: readonly (keyof ComposerValues)[] = ['note'];
const SUBJECT_FIELDS: readonly (keyof ComposerValues)[] = ['subject', 'body', 'due_at', 'assigned_to'];

/** Who a new task goes to unless changed: the record's own assignee. */
export interface ComposerAssignee {
  id: number | null;
  name: string | null;
}
const emptyComposer = (kind: ComposerKind, assignee?: ComposerAssignee): ComposerValues => ({
  kind,
  subject: '',
  body: '',
  note: '',
  due_at: tomorrowMorningInput(),
  assigned_to: assignee?.id ?? null,
  assigned_to_name: assignee?.id ? assignee.name : null,
});

/**
 * Logs a call, adds a note, or adds a task with a due date on a customer, lead or deal. Each tab
 * keeps its own draft: what is typed under one never shows up under another.
 */
export function ActivityComposer({ subject, assignee }: { subject: TimelineSubject; assignee?: ComposerAssignee }) {
  const [kind, setKind] = useState<ComposerKind>('call');
  const onlySelf = mayAssignOnlySelf(useOptionalSession()?.role, 'activities');
  // An Employee's tasks are theirs (the server sees to it); others default to the record's assignee.
  const empty = (next: ComposerKind) => emptyComposer(next, onlySelf ? undefined : assignee);
  const drafts = useRef(new Map<ComposerKind, ComposerValues>());
  const createActivity = useCreateActivity();
  const current = COMPOSER_KINDS.find((entry) => entry.value === kind) ?? COMPOSER_KINDS[0];
  const form = useApiForm({
    schema: composerSchema,
    defaultValues: empty('call'),
    fields: kind === 'note' ? NOTE_FIELDS : SUBJECT_FIELDS,
    submit: (values) => {
      const text =
        values.kind === 'note' ? noteToActivity(values.note) : { subject: values.subject, body: values.body };
      return createActivity.mutateAsync({
        type: values.kind,
        subject: text.subject,
        body: text.body || null,
        due_at: values.kind === 'task' && values.due_at ? dueInputToIso(values.due_at) : null,
        ...(values.kind === 'task' && values.assigned_to !== null ? { assigned_to: values.assigned_to } : {}),
        ...linkTo(subject),
      });
    },
    onSuccess: (_activity, values) => {
      drafts.current.delete(values.kind);
      form.reset(empty(values.kind));
      notifySuccess(COMPOSER_KINDS.find((entry) => entry.value === values.kind)?.done ?? 'Saved');
    },
  });

  const switchTo = (next: ComposerKind) => {
    if (next === kind) return;
    drafts.current.set(kind, form.methods.getValues());
    form.reset(drafts.current.get(next) ?? empty(next));
    setKind(next);
  };

  return (
    <ApiFormView form={form} label="New activity" gap="3">
      <SegmentedControl
        label="Activity type"
        value={kind}
        onValueChange={(value) => switchTo(value as ComposerKind)}
        items={COMPOSER_KINDS}
      />
      {kind === 'note' ? (
        <TextareaField
          key="note"
          name="note"
          label="Note"
          required
          helperText="The first line is the note’s title in the timeline."
          rows={3}
          autoresize
          placeholder={current.placeholder}
        />
      ) : (
        <>
          <TextField
            key={`${kind}-subject`}
            name="subject"
            label="Subject"
            required
            placeholder={current.placeholder}
          />
          <TextareaField key={`${kind}-body`} name="body" label="Details" optional rows={2} autoresize />
        </>
      )}
      {kind === 'task' && (
        <SimpleGrid columns={{ base: 1, sm: 2 }} gap="3">
          <TextField name="due_at" label="Due" optional type="datetime-local" />
          <AssigneeField resource="activities" nameField="assigned_to_name" />
        </SimpleGrid>
      )}
      <HStack justify="flex-end">
        <Button type="submit" colorPalette="brand" size="sm" loading={form.isPending}>
          {current.submit}
        </Button>
      </HStack>
    </ApiFormView>
  );
}
