import { LuArrowRightLeft, LuEllipsis, LuExternalLink, LuRotateCcw, LuThumbsDown, LuTrophy } from 'react-icons/lu';
import { useNavigate } from 'react-router';
import type { Deal } from '@crm/contracts';
import { IconButton, Menu, Portal } from '@/components/ui';

export interface DealActionHandlers {
  onMoveTo: (deal: Deal) => void;
  onMarkWon: (deal: Deal) => void;
  onMarkLost: (deal: Deal) => void;
  onReopen: (deal: Deal) => void;
}

interface DealActionsMenuProps extends DealActionHandlers {
  deal: Deal;
  canUpdate: boolean;
}

/** The card's menu: the keyboard- and touch-friendly alternative to dragging. */
export function DealActionsMenu({ deal, canUpdate, onMoveTo, onMarkWon, onMarkLost, onReopen }: DealActionsMenuProps) {
  const navigate = useNavigate();
  return (
    <Menu.Root positioning={{ placement: 'bottom-end' }} lazyMount>
      <Menu.Trigger asChild>
        <IconButton variant="ghost" size="2xs" me="-1" aria-label={`Actions for deal ${deal.title}`}>
          <LuEllipsis />
        </IconButton>
      </Menu.Trigger>
      <Portal>
        <Menu.Positioner>
          <Menu.Content minW="44">
            <Menu.Item value="open" onSelect={() => void navigate(`/deals/${String(deal.id)}`)}>
              <LuExternalLink aria-hidden /> Open deal
            </Menu.Item>
            {canUpdate && (
              <>
                <Menu.Item value="move" onSelect={() => onMoveTo(deal)}>
                  <LuArrowRightLeft aria-hidden /> Move to…
                </Menu.Item>
                {deal.is_closed ? (
                  <Menu.Item value="reopen" onSelect={() => onReopen(deal)}>
                    <LuRotateCcw aria-hidden /> Reopen
                  </Menu.Item>
                ) : (
                  <>
                    <Menu.Item value="won" onSelect={() => onMarkWon(deal)}>
                      <LuTrophy aria-hidden /> Mark won
                    </Menu.Item>
                    <Menu.Item value="lost" onSelect={() => onMarkLost(deal)}>
                      <LuThumbsDown aria-hidden /> Mark lost…
                    </Menu.Item>
                  </>
                )}
              </>
            )}
          </Menu.Content>
        </Menu.Positioner>
      </Portal>
    </Menu.Root>
  );
}
