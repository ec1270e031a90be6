import type { ReactNode } from 'react';
import { LuEllipsis } from 'react-icons/lu';
import { IconButton, Menu, Portal, type IconButtonProps } from './primitives';

export interface MoreMenuItem {
  value: string;
  label: ReactNode;
  icon?: ReactNode;
  onSelect: () => void;
  /** Red, for deletions: it reads as the one action that cannot be undone. */
  isDestructive?: boolean;
  disabled?: boolean;
}

export interface MoreMenuProps {
  /** Names the "…" button for screen readers: "More actions for Acme". */
  label: string;
  items: readonly (MoreMenuItem | false | null | undefined)[];
  variant?: IconButtonProps['variant'];
  size?: IconButtonProps['size'];
  /** Extra props of the "…" button (margins on a card). */
  triggerProps?: Omit<IconButtonProps, 'aria-label' | 'variant' | 'size' | 'children'>;
  minW?: string;
}

const DESTRUCTIVE = { color: 'fg.error', _hover: { bg: 'bg.error', color: 'fg.error' } } as const;

/** The "…" menu of a record or a row: the actions that do not earn a button of their own. */
export function MoreMenu({ label, items, variant = 'outline', size, triggerProps, minW }: MoreMenuProps) {
  const shown = items.filter((item): item is MoreMenuItem => Boolean(item));
  if (shown.length === 0) return null;
  return (
    <Menu.Root positioning={{ placement: 'bottom-end' }} lazyMount>
      <Menu.Trigger asChild>
        <IconButton variant={variant} size={size} aria-label={label} {...triggerProps}>
          <LuEllipsis />
        </IconButton>
      </Menu.Trigger>
      <Portal>
        <Menu.Positioner>
          <Menu.Content minW={minW}>
            {shown.map((item) => (
              <Menu.Item
                key={item.value}
                value={item.value}
                onSelect={item.onSelect}
                disabled={item.disabled}
                {...(item.isDestructive ? DESTRUCTIVE : {})}
              >
                {item.icon} {item.label}
              </Menu.Item>
            ))}
          </Menu.Content>
        </Menu.Positioner>
      </Portal>
    </Menu.Root>
  );
}
