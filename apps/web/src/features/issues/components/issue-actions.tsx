import { useState } from 'react';
import { LuCircleCheck, LuRotateCcw, LuTrash2 } from 'react-icons/lu';
import { ISSUE_STATUS_MOVES, type Issue, type IssueStatus } from '@crm/contracts';
import { Button, DeleteRecordDialog, MoreMenu, notifySuccess, statusLabel } from '@/components/ui';
import { deleteRefusal } from '@/lib/api-error';
import { useDeleteIssue } from '../api/delete-issue';
import { useReopenIssue } from '../api/reopen-issue';
import { useUpdateIssue } from '../api/update-issue';
import { STATUS_MOVE_LABELS } from '../lib/issue-labels';
import { ResolveIssueDialog } from './resolve-issue-dialog';

const isOpenStatus = (status: IssueStatus) => status === 'open' || status === 'in_progress';

/** Resolve or reopen, the status moves staff make by hand, and delete in the "more" menu. */
export function IssueActions({ issue, onDeleted }: { issue: Issue; onDeleted: () => void }) {
  const [dialog, setDialog] = useState<'resolve' | 'delete' | null>(null);
  const updateIssue = useUpdateIssue();
  const reopenIssue = useReopenIssue();
  const deleteIssue = useDeleteIssue();
  const dialogState = (kind: 'resolve' | 'delete') => ({
    open: dialog === kind,
    onOpenChange: (open: boolean) => setDialog(open ? kind : null),
  });
  const name = `${issue.code} “${issue.title}”`;

  const move = (status: IssueStatus) =>
    updateIssue.mutate(
      { id: issue.id, body: { status } },
      { onSuccess: (saved) => notifySuccess(`${saved.code} is now ${statusLabel(saved.status).toLowerCase()}`) },
    );
  const reopen = () =>
    reopenIssue.mutate(issue.id, { onSuccess: (saved) => notifySuccess('Issue reopened', saved.code) });

  return (
    <>
      {issue.permissions.update &&
        ISSUE_STATUS_MOVES[issue.status].map((status) => (
          <Button
            key={status}
            variant="outline"
            onClick={() => move(status)}
            loading={updateIssue.isPending && updateIssue.variables.body.status === status}
          >
            {STATUS_MOVE_LABELS[status]}
          </Button>
        ))}
      {issue.permissions.update && !isOpenStatus(issue.status) && (
        <Button variant="outline" onClick={reopen} loading={reopenIssue.isPending}>
          <LuRotateCcw aria-hidden /> Reopen
        </Button>
      )}
      {issue.permissions.update && isOpenStatus(issue.status) && (
        <Button colorPalette="green" onClick={() => setDialog('resolve')}>
          <LuCircleCheck aria-hidden /> Resolve
        </Button>
      )}
      {issue.permissions.delete && (
        <MoreMenu
          label={`More actions for ${issue.code}`}
          items={[
            {
              value: 'delete',
              label: 'Delete issue',
              icon: <LuTrash2 aria-hidden />,
              onSelect: () => setDialog('delete'),
              isDestructive: true,
            },
          ]}
        />
      )}
      <ResolveIssueDialog issue={issue} {...dialogState('resolve')} />
      <DeleteRecordDialog
        {...dialogState('delete')}
        kind="issue"
        name={name}
        title={`Delete ${issue.code}?`}
        description={`${name} and its conversation will be deleted. This cannot be undone.`}
        remove={() => deleteIssue.mutateAsync(issue.id)}
        isPending={deleteIssue.isPending}
        onDeleted={onDeleted}
        explainError={deleteRefusal}
      />
    </>
  );
}
