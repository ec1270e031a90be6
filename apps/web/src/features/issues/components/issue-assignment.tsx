import type { Issue, IssuePriority } from '@crm/contracts';
import { SelectNative, notifySuccess } from '@/components/ui';
import { useAssigneeOptions } from '../api/get-assignee-options';
import { useUpdateIssue } from '../api/update-issue';
import { PRIORITY_LABELS, PRIORITY_OPTIONS } from '../lib/issue-labels';

/** Who works on the issue; an Employee may only claim it (the API refuses the rest and says why). */
export function AssigneeSelect({ issue }: { issue: Issue }) {
  const assignees = useAssigneeOptions();
  const updateIssue = useUpdateIssue();
  const options = (assignees.data ?? []).map((employee) => ({ value: String(employee.id), label: employee.full_name }));
  if (issue.assigned_to !== null && !options.some((option) => option.value === String(issue.assigned_to))) {
    options.unshift({ value: String(issue.assigned_to), label: issue.assigned_to_name ?? 'Assigned' });
  }
  return (
    <SelectNative
      size="sm"
      aria-label="Assigned to"
      placeholder="Unassigned"
      options={options}
      value={issue.assigned_to === null ? '' : String(issue.assigned_to)}
      disabled={updateIssue.isPending}
      onChange={(event) => {
        const value = event.currentTarget.value;
        updateIssue.mutate(
          { id: issue.id, body: { assigned_to: value === '' ? null : Number(value) } },
          { onSuccess: (saved) => notifySuccess('Assignee changed', saved.assigned_to_name ?? 'Unassigned') },
        );
      }}
    />
  );
}

/** A new priority moves the first-response due time (PRODUCT §4: recomputed from created_at). */
export function PrioritySelect({ issue }: { issue: Issue }) {
  const updateIssue = useUpdateIssue();
  return (
    <SelectNative
      size="sm"
      aria-label="Priority"
      options={PRIORITY_OPTIONS}
      value={issue.priority}
      disabled={updateIssue.isPending}
      onChange={(event) => {
        const priority = event.currentTarget.value as IssuePriority;
        updateIssue.mutate(
          { id: issue.id, body: { priority } },
          { onSuccess: () => notifySuccess('Priority changed', PRIORITY_LABELS[priority]) },
        );
      }}
    />
  );
}
