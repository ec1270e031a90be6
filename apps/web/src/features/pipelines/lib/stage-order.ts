export type MoveDirection = 'up' | 'down';

/**
 * The stage ids after moving one stage a step up or down: the full list the reorder endpoint
 * needs (every stage exactly once). Moving past either end leaves the order as it is.
 */
export function moveStageInOrder(stageIds: readonly number[], stageId: number, direction: MoveDirection): number[] {
  const from = stageIds.indexOf(stageId);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= stageIds.length) return [...stageIds];
  const next = [...stageIds];
  [next[from], next[to]] = [next[to] as number, next[from] as number];
  return next;
}

export function canMoveStage(stageIds: readonly number[], stageId: number, direction: MoveDirection): boolean {
  const index = stageIds.indexOf(stageId);
  if (index === -1) return false;
  return direction === 'up' ? index > 0 : index < stageIds.length - 1;
}
