import type { Pipeline } from '@crm/contracts';
import { SelectNative } from '@/components/ui';

interface PipelineSelectorProps {
  pipelines: readonly Pipeline[];
  value: number;
  onChange: (pipelineId: number) => void;
}

/** The pipelines, default first; the choice goes into the URL (`?pipeline=`). */
export function PipelineSelector({ pipelines, value, onChange }: PipelineSelectorProps) {
  return (
    <SelectNative
      aria-label="Pipeline"
      width={{ base: 'full', sm: '56' }}
      value={String(value)}
      onChange={(event) => onChange(Number(event.currentTarget.value))}
      options={pipelines.map((pipeline) => ({
        value: String(pipeline.id),
        label: pipeline.is_default ? `${pipeline.name} (default)` : pipeline.name,
      }))}
    />
  );
}
