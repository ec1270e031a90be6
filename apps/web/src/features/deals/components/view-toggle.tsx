import { LuKanban, LuTable } from 'react-icons/lu';
import { Button, HStack } from '@/components/ui';
import type { DealsView } from '../lib/deal-table-params';

const VIEWS: { view: DealsView; label: string; Icon: typeof LuKanban }[] = [
  { view: 'board', label: 'Board', Icon: LuKanban },
  { view: 'table', label: 'Table', Icon: LuTable },
];

/** Board or table: two toggle buttons, the pressed one is the current view. */
export function ViewToggle({ value, onChange }: { value: DealsView; onChange: (view: DealsView) => void }) {
  return (
    <HStack role="group" aria-label="View" gap="0">
      {VIEWS.map(({ view, label, Icon }, index) => (
        <Button
          key={view}
          size="sm"
          variant={value === view ? 'solid' : 'outline'}
          colorPalette={value === view ? 'brand' : 'gray'}
          aria-pressed={value === view}
          borderStartRadius={index === 0 ? undefined : '0'}
          borderEndRadius={index === VIEWS.length - 1 ? undefined : '0'}
          onClick={() => onChange(view)}
        >
          <Icon aria-hidden /> {label}
        </Button>
      ))}
    </HStack>
  );
}
