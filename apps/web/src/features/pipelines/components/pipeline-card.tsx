import { LuEllipsis, LuPencil, LuPlus, LuStar, LuTrash2 } from 'react-icons/lu';
import type { Pipeline, Stage } from '@crm/contracts';
import { Badge, Button, Card, Heading, HStack, IconButton, Menu, Portal, Stack, Text } from '@/components/ui';
import { StageList } from './stage-list';

export interface PipelineCardHandlers {
  onRename: (pipeline: Pipeline) => void;
  onMakeDefault: (pipeline: Pipeline) => void;
  onDelete: (pipeline: Pipeline) => void;
  onAddStage: (pipeline: Pipeline) => void;
  onEditStage: (pipeline: Pipeline, stage: Stage) => void;
  onDeleteStage: (pipeline: Pipeline, stage: Stage) => void;
}

interface PipelineCardProps extends PipelineCardHandlers {
  pipeline: Pipeline;
  canDelete: boolean;
  isMakingDefault: boolean;
}

/** One pipeline: its name, default badge and actions, then its stages in order. */
export function PipelineCard({ pipeline, canDelete, isMakingDefault, ...handlers }: PipelineCardProps) {
  const headingId = `pipeline-${String(pipeline.id)}-heading`;
  return (
    <Card.Root as="section" aria-labelledby={headingId} data-testid="pipeline-card">
      <Card.Header>
        <HStack justify="space-between" gap="3" wrap="wrap">
          <HStack gap="2">
            <Heading as="h2" size="md" id={headingId}>
              {pipeline.name}
            </Heading>
            {pipeline.is_default && (
              <Badge colorPalette="brand" variant="subtle">
                Default
              </Badge>
            )}
          </HStack>
          <HStack gap="2">
            <Button size="sm" variant="outline" onClick={() => handlers.onAddStage(pipeline)}>
              <LuPlus aria-hidden /> Add stage
            </Button>
            <Menu.Root positioning={{ placement: 'bottom-end' }}>
              <Menu.Trigger asChild>
                <IconButton
                  size="sm"
                  variant="ghost"
                  aria-label={`Actions for ${pipeline.name}`}
                  loading={isMakingDefault}
                >
                  <LuEllipsis />
                </IconButton>
              </Menu.Trigger>
              <Portal>
                <Menu.Positioner>
                  <Menu.Content minW="48">
                    <Menu.Item value="rename" onSelect={() => handlers.onRename(pipeline)}>
                      <LuPencil aria-hidden /> Rename…
                    </Menu.Item>
                    {!pipeline.is_default && (
                      <Menu.Item value="default" onSelect={() => handlers.onMakeDefault(pipeline)}>
                        <LuStar aria-hidden /> Make default
                      </Menu.Item>
                    )}
                    {canDelete && (
                      <Menu.Item value="delete" color="fg.error" onSelect={() => handlers.onDelete(pipeline)}>
                        <LuTrash2 aria-hidden /> Delete…
                      </Menu.Item>
                    )}
                  </Menu.Content>
                </Menu.Positioner>
              </Portal>
            </Menu.Root>
          </HStack>
        </HStack>
      </Card.Header>
      <Card.Body>
        <Stack gap="2">
          <StageList
            pipeline={pipeline}
            onEdit={(stage) => handlers.onEditStage(pipeline, stage)}
            onDelete={(stage) => handlers.onDeleteStage(pipeline, stage)}
          />
          <Text textStyle="xs" color="fg.muted">
            New stages go after the last open stage. Won and lost stages cannot be deleted; their probabilities are
            fixed.
          </Text>
        </Stack>
      </Card.Body>
    </Card.Root>
  );
}
