import { describe, expect, it } from 'vitest';
import { canMoveStage, moveStageInOrder } from './stage-order';

describe('moveStageInOrder', () => {
  const ids = [11, 12, 13, 14];

  it('swaps a stage with the one above or below', () => {
    expect(moveStageInOrder(ids, 13, 'up')).toEqual([11, 13, 12, 14]);
    expect(moveStageInOrder(ids, 11, 'down')).toEqual([12, 11, 13, 14]);
  });

  it('lists every stage exactly once, as the reorder endpoint requires', () => {
    const next = moveStageInOrder(ids, 12, 'down');
    expect([...next].sort()).toEqual([...ids].sort());
    expect(new Set(next).size).toBe(ids.length);
  });

  it('leaves the order alone at either end or for an unknown stage', () => {
    expect(moveStageInOrder(ids, 11, 'up')).toEqual(ids);
    expect(moveStageInOrder(ids, 14, 'down')).toEqual(ids);
    expect(moveStageInOrder(ids, 99, 'up')).toEqual(ids);
  });

  it('never changes the list it was given', () => {
    const original = [1, 2, 3];
    moveStageInOrder(original, 2, 'up');
    expect(original).toEqual([1, 2, 3]);
  });
});

describe('canMoveStage', () => {
  it('refuses moves past the ends', () => {
    expect(canMoveStage([1, 2, 3], 1, 'up')).toBe(false);
    expect(canMoveStage([1, 2, 3], 1, 'down')).toBe(true);
    expect(canMoveStage([1, 2, 3], 3, 'down')).toBe(false);
    expect(canMoveStage([1, 2, 3], 3, 'up')).toBe(true);
    expect(canMoveStage([1, 2, 3], 7, 'up')).toBe(false);
  });
});
