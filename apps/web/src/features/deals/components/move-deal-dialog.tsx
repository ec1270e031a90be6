import { useState } from 'react';
import type { Deal, Stage } from '@crm/contracts';
import { Button, FormField, HStack, SelectNative, AppDialog, Text } from '@/components/ui';

interface MoveDealDialogProps {
  deal: Deal | null;
  stages: readonly Stage[];
  onClose: () => void;
  onMove: (deal: Deal, stage: Stage) => void;
}

const FORM_ID = 'move-deal-form';

/** "Move to…": choose the stage from a list instead of dragging. */
export function MoveDealDialog({ deal, stages, onClose, onMove }: MoveDealDialogProps) {
  const choices = stages.filter((stage) => stage.id !== deal?.stage_id);
  const [stageId, setStageId] = useState('');
  const selected = choices.find((stage) => String(stage.id) === stageId) ?? choices[0];

  const close = () => {
    setStageId('');
    onClose();
  };

  return (
    <AppDialog
      open={deal !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={deal ? `Move “${deal.title}”` : 'Move deal'}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} colorPalette="brand" disabled={!selected}>
            Move deal
          </Button>
        </HStack>
      }
    >
      <form
        id={FORM_ID}
        onSubmit={(event) => {
          event.preventDefault();
          if (deal && selected) onMove(deal, selected);
          close();
        }}
      >
        <Text mb="4" color="fg.muted">
          Currently in {deal?.stage_name}.
        </Text>
        <FormField label="Move to stage">
          <SelectNative
            autoFocus
            value={selected ? String(selected.id) : ''}
            onChange={(event) => setStageId(event.currentTarget.value)}
            options={choices.map((stage) => ({
              value: String(stage.id),
              label: `${stage.name} (${String(stage.probability)}%)`,
            }))}
          />
        </FormField>
      </form>
    </AppDialog>
  );
}
