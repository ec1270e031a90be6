import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard dragging on the board: Left and Right jump to the previous or next column (the default
 * getter moves 25 px per key press, which takes a dozen presses per column); Up and Down are
 * ignored because a column's order is the server's (time in stage), not the user's.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;

  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort((a, b) => a.rect.left - b.rect.left);

  const centerX = collisionRect.left + collisionRect.width / 2;
  const currentIndex = over
    ? columns.findIndex((column) => column.id === over.id)
    : columns.findIndex((column) => centerX >= column.rect.left && centerX <= column.rect.left + column.rect.width);
  const target = columns[currentIndex + step];
  if (!target) return currentCoordinates;

  return {
    x: target.rect.left + (target.rect.width - collisionRect.width) / 2,
    y: Math.max(
      target.rect.top,
      Math.min(currentCoordinates.y, target.rect.top + target.rect.height - collisionRect.height),
    ),
  };
};
