import { LuArrowRightLeft, LuExternalLink, LuRotateCcw, LuThumbsDown, LuTrophy } from 'react-icons/lu';
import { useNavigate } from 'react-router';
import type { Deal } from '@crm/contracts';
import { MoreMenu } from '@/components/ui';

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
    <MoreMenu
      label={`Actions for deal ${deal.title}`}
      variant="ghost"
      size="2xs"
      triggerProps={{ me: '-1' }}
      minW="44"
      items={[
        {
          value: 'open',
          label: 'Open deal',
          icon: <LuExternalLink aria-hidden />,
          onSelect: () => void navigate(`/deals/${String(deal.id)}`),
        },
        canUpdate && {
          value: 'move',
          label: 'Move to…',
          icon: <LuArrowRightLeft aria-hidden />,
          onSelect: () => onMoveTo(deal),
        },
        canUpdate &&
          deal.is_closed && {
            value: 'reopen',
            label: 'Reopen',
            icon: <LuRotateCcw aria-hidden />,
            onSelect: () => onReopen(deal),
          },
        canUpdate &&
          !deal.is_closed && {
            value: 'won',
            label: 'Mark won',
            icon: <LuTrophy aria-hidden />,
            onSelect: () => onMarkWon(deal),
          },
        canUpdate &&
          !deal.is_closed && {
            value: 'lost',
            label: 'Mark lost…',
            icon: <LuThumbsDown aria-hidden />,
            onSelect: () => onMarkLost(deal),
          },
      ]}
    />
  );
}
