import { useState } from 'react';
import { can, type Pipeline, type Stage } from '@crm/contracts';
import { NoAccessPanel, PageHeader, Skeleton, Stack, notifyError, notifySuccess } from '@/components/ui';
import { QueryView } from '@/components/ui/detail-page';
import { NewRecordButton } from '@/components/ui/list-view';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { usePipelines } from '../api/get-pipelines';
import { useUpdatePipeline } from '../api/update-pipeline';
import { DeletePipelineDialog } from '../components/delete-pipeline-dialog';
import { DeleteStageDialog } from '../components/delete-stage-dialog';
import { PipelineCard } from '../components/pipeline-card';
import { PipelineNameDialog } from '../components/pipeline-name-dialog';
import { StageDialog } from '../components/stage-dialog';

type OpenDialog =
  | { kind: 'create-pipeline' }
  | { kind: 'rename-pipeline' | 'delete-pipeline' | 'add-stage'; pipeline: Pipeline }
  | { kind: 'edit-stage' | 'delete-stage'; pipeline: Pipeline; stage: Stage }
  | null;

function PipelinesSkeleton() {
  return (
    <Stack gap="4" aria-busy="true" aria-label="Loading pipelines">
      <Skeleton height="64" />
      <Skeleton height="64" />
    </Stack>
  );
}

/** `/settings/pipelines`: pipelines and their stages, for the roles that manage them. */
export default function PipelinesSettingsPage() {
  const { role } = useSession();
  const pipelines = usePipelines();
  const makeDefault = useUpdatePipeline();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  if (!can(role, 'pipelines', 'update')) {
    return (
      <NoAccessPanel
        message={(roleName) => `As ${roleName}, you can see pipelines on the deals board but not change them.`}
      />
    );
  }

  const handleMakeDefault = (pipeline: Pipeline) =>
    makeDefault.mutate(
      { id: pipeline.id, body: { is_default: true } },
      {
        onSuccess: () => notifySuccess('Default pipeline changed', `New deals now go into “${pipeline.name}”.`),
        onError: (error) => notifyError('Could not change the default pipeline', toApiError(error).message),
      },
    );

  const count = pipelines.data?.length;
  return (
    <Stack gap="6" maxW="4xl">
      <PageHeader
        title="Pipelines"
        meta={count === undefined ? undefined : `${String(count)} ${count === 1 ? 'pipeline' : 'pipelines'}`}
        description="The stages deals move through. The default pipeline comes first on the board and takes new deals."
        actions={<NewRecordButton onClick={() => setDialog({ kind: 'create-pipeline' })}>New pipeline</NewRecordButton>}
      />
      <QueryView query={pipelines} subject="pipelines" loading={<PipelinesSkeleton />}>
        {(data) =>
          data.map((pipeline) => (
            <PipelineCard
              key={pipeline.id}
              pipeline={pipeline}
              canDelete={can(role, 'pipelines', 'delete')}
              isMakingDefault={makeDefault.isPending && makeDefault.variables.id === pipeline.id}
              onRename={(target) => setDialog({ kind: 'rename-pipeline', pipeline: target })}
              onMakeDefault={handleMakeDefault}
              onDelete={(target) => setDialog({ kind: 'delete-pipeline', pipeline: target })}
              onAddStage={(target) => setDialog({ kind: 'add-stage', pipeline: target })}
              onEditStage={(target, stage) => setDialog({ kind: 'edit-stage', pipeline: target, stage })}
              onDeleteStage={(target, stage) => setDialog({ kind: 'delete-stage', pipeline: target, stage })}
            />
          ))
        }
      </QueryView>
      {dialog?.kind === 'create-pipeline' && <PipelineNameDialog onClose={close} />}
      {dialog?.kind === 'rename-pipeline' && <PipelineNameDialog pipeline={dialog.pipeline} onClose={close} />}
      {dialog?.kind === 'delete-pipeline' && <DeletePipelineDialog pipeline={dialog.pipeline} onClose={close} />}
      {dialog?.kind === 'add-stage' && <StageDialog pipeline={dialog.pipeline} onClose={close} />}
      {dialog?.kind === 'edit-stage' && <StageDialog pipeline={dialog.pipeline} stage={dialog.stage} onClose={close} />}
      {dialog?.kind === 'delete-stage' && (
        <DeleteStageDialog pipeline={dialog.pipeline} stage={dialog.stage} onClose={close} />
      )}
    </Stack>
  );
}
