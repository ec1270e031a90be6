import { useState } from 'react';
import { LuArrowRightLeft, LuPencil, LuRotateCcw, LuThumbsDown, LuTrash2, LuTrophy } from 'react-icons/lu';
import { useNavigate } from 'react-router';
import type { Deal } from '@crm/contracts';
import { Button, ConfirmDialog, MoreMenu, Text, notifySuccess } from '@/components/ui';
import { ClaimButton } from '@/features/employees';
import { usePipelines } from '@/features/pipelines';
import { useDeleteDeal } from '../api/delete-deal';
import { useMarkDealWon } from '../api/mark-deal-won';
import { useMoveDealStage } from '../api/move-deal-stage';
import { useReopenDeal } from '../api/reopen-deal';
import { useUpdateDeal } from '../api/update-deal';
import { EditDealDialog } from './edit-deal-dialog';
import { MarkLostDialog } from './mark-lost-dialog';
import { MoveDealDialog } from './move-deal-dialog';

type OpenDialog = 'edit' | 'lost' | 'move' | 'delete' | null;

/**
 * Edit, Mark won, Mark lost or Reopen as buttons; Move and Delete in the "more" menu; Claim on an
 * unassigned deal. Each only where the deal's own `permissions` allow it, and per its state.
 */
export function DealDetailActions({ deal }: { deal: Deal }) {
  const navigate = useNavigate();
  const { update: canUpdate, delete: canDelete } = deal.permissions;
  const updateDeal = useUpdateDeal();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const markWon = useMarkDealWon();
  const reopen = useReopenDeal();
  const moveDeal = useMoveDealStage();
  const deleteDeal = useDeleteDeal();
  const pipelines = usePipelines();
  const stages = pipelines.data?.find((pipeline) => pipeline.id === deal.pipeline_id)?.stages ?? [];
  const name = `${deal.code} “${deal.title}”`;

  const claim = (
    <ClaimButton
      resource="deals"
      record={deal}
      name={name}
      claim={(employeeId) => updateDeal.mutateAsync({ id: deal.id, body: { assigned_to: employeeId } })}
    />
  );
  if (!canUpdate && !canDelete) return claim;

  const confirmDelete = () =>
    deleteDeal.mutate(deal.id, {
      onSuccess: () => {
        notifySuccess('Deal deleted', `${name} was deleted.`);
        void navigate('/deals', { replace: true });
      },
    });

  return (
    <>
      {claim}
      {canUpdate && (
        <Button variant="outline" onClick={() => setDialog('edit')}>
          <LuPencil aria-hidden /> Edit
        </Button>
      )}
      {canUpdate && deal.is_closed && (
        <Button
          variant="outline"
          loading={reopen.isPending}
          onClick={() =>
            reopen.mutate(deal.id, {
              onSuccess: (reopened) => notifySuccess('Deal reopened', `${name} is back in ${reopened.stage_name}.`),
            })
          }
        >
          <LuRotateCcw aria-hidden /> Reopen
        </Button>
      )}
      {canUpdate && !deal.is_closed && (
        <>
          <Button variant="outline" colorPalette="red" onClick={() => setDialog('lost')}>
            <LuThumbsDown aria-hidden /> Mark lost
          </Button>
          <Button
            colorPalette="green"
            loading={markWon.isPending}
            onClick={() =>
              markWon.mutate(deal.id, { onSuccess: () => notifySuccess('Deal won', `${name} moved to the won stage.`) })
            }
          >
            <LuTrophy aria-hidden /> Mark won
          </Button>
        </>
      )}
      <MoreMenu
        label="More actions"
        minW="44"
        items={[
          canUpdate && {
            value: 'move',
            label: 'Move to stage…',
            icon: <LuArrowRightLeft aria-hidden />,
            onSelect: () => setDialog('move'),
            disabled: stages.length === 0,
          },
          canDelete && {
            value: 'delete',
            label: 'Delete deal…',
            icon: <LuTrash2 aria-hidden />,
            onSelect: () => setDialog('delete'),
            isDestructive: true,
          },
        ]}
      />

      {dialog === 'edit' && (
        <EditDealDialog deal={deal} open onOpenChange={(open) => setDialog(open ? 'edit' : null)} />
      )}
      <MarkLostDialog deal={dialog === 'lost' ? deal : null} onClose={() => setDialog(null)} />
      <MoveDealDialog
        deal={dialog === 'move' ? deal : null}
        stages={stages}
        onClose={() => setDialog(null)}
        onMove={(moved, stage) =>
          moveDeal.mutate(
            { dealId: moved.id, stageId: stage.id, dealTitle: moved.title },
            { onSuccess: () => notifySuccess('Deal moved', `${name} is now in ${stage.name}.`) },
          )
        }
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        onOpenChange={(open) => setDialog(open ? 'delete' : null)}
        title={`Delete ${deal.code}?`}
        confirmLabel="Delete deal"
        isDestructive
        isPending={deleteDeal.isPending}
        onConfirm={confirmDelete}
      >
        <Text>{name} and its stage history will be deleted. This cannot be undone.</Text>
      </ConfirmDialog>
    </>
  );
}
