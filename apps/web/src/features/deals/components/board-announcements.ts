import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { DealCardDragData } from './deal-card';
import type { StageDropData } from './board-column';

const dealTitle = (data: unknown) => (data as DealCardDragData | undefined)?.deal.title ?? 'the deal';
const stageName = (data: unknown) => (data as StageDropData | undefined)?.stage.name;

export const boardScreenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this deal to another stage, press Space. Use the Left and Right arrow keys to choose the stage, ' +
    'then press Space again to drop it there, or Escape to cancel.',
};

/** What a screen reader hears while a deal is dragged, in stage names rather than ids. */
export const boardAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${dealTitle(active.data.current)}.`,
  onDragOver: ({ active, over }) => {
    const stage = stageName(over?.data.current);
    return stage
      ? `${dealTitle(active.data.current)} is over ${stage}.`
      : `${dealTitle(active.data.current)} is not over a stage.`;
  },
  onDragEnd: ({ active, over }) => {
    const stage = stageName(over?.data.current);
    return stage
      ? `${dealTitle(active.data.current)} was dropped on ${stage}.`
      : `${dealTitle(active.data.current)} was dropped.`;
  },
  onDragCancel: ({ active }) => `Moving ${dealTitle(active.data.current)} was cancelled.`,
};
