import { describe, expect, it } from 'vitest';
import { BOARD_PAGE_SIZE } from '@crm/contracts';
import { boardFixture, columnFixture, dealFixture, NEGOTIATION } from '../testing/deal-fixtures';
import { appendColumnPage, moveDealInBoard, weightedValue } from './board-cache';

const NOW = new Date('2026-02-01T10:00:00.000Z');

describe('moveDealInBoard', () => {
  it('moves the card and adjusts both columns’ counts and totals', () => {
    const board = moveDealInBoard(boardFixture(), 2, NEGOTIATION.id, NOW);
    const [proposal, negotiation] = board.columns;

    expect(proposal?.deals.map((d) => d.id)).toEqual([1]);
    expect(proposal).toMatchObject({ count: 1, total_value: '1000.00', weighted_value: '500.00' });
    // Open columns list the longest-waiting deal first: the moved one goes last.
    expect(negotiation?.deals.map((d) => d.id)).toEqual([3, 2]);
    expect(negotiation).toMatchObject({ count: 2, total_value: '4250.50', weighted_value: '3187.88' });
  });

  it('gives the moved deal the new stage, its probability and a fresh stage_entered_at', () => {
    const moved = moveDealInBoard(boardFixture(), 2, NEGOTIATION.id, NOW).columns[1]?.deals[1];
    expect(moved).toMatchObject({
      stage_id: 4,
      stage_name: 'Negotiation',
      probability: null,
      effective_probability: 75,
      weighted_value: '187.88',
      stage_entered_at: NOW.toISOString(),
      is_closed: false,
    });
  });

  it('marks a deal dropped on the won stage as won and puts it first', () => {
    const board = moveDealInBoard(boardFixture(), 3, 5, NOW);
    const won = board.columns[2];
    expect(won?.deals[0]).toMatchObject({ id: 3, is_won: true, is_closed: true, closed_at: NOW.toISOString() });
    expect(won).toMatchObject({ count: 1, total_value: '4000.00', weighted_value: '4000.00' });
  });

  it('returns the same board for an unknown deal, an unknown stage or the same stage', () => {
    const board = boardFixture();
    expect(moveDealInBoard(board, 99, 4)).toBe(board);
    expect(moveDealInBoard(board, 1, 99)).toBe(board);
    expect(moveDealInBoard(board, 1, 3)).toBe(board);
  });

  it('never changes the board it was given', () => {
    const board = boardFixture();
    const copy = structuredClone(board);
    moveDealInBoard(board, 1, 4, NOW);
    expect(board).toEqual(copy);
  });
});

describe('weightedValue', () => {
  it('rounds half up to the cent like the server', () => {
    expect(weightedValue('250.50', 75)).toBe('187.88');
    expect(weightedValue('0.01', 50)).toBe('0.01');
    expect(weightedValue('999999999999.99', 33)).toBe('330000000000.00');
  });
});

describe('appendColumnPage', () => {
  it('adds the next page under the shown deals, skipping any already shown', () => {
    const board = boardFixture();
    const page = {
      ...board,
      columns: [
        columnFixture(board.columns[0]!.stage, [dealFixture({ id: 2 }), dealFixture({ id: 7 })], {
          count: BOARD_PAGE_SIZE + 2,
          has_more: false,
        }),
      ],
    };
    const merged = appendColumnPage(board, page);
    expect(merged.columns[0]?.deals.map((d) => d.id)).toEqual([1, 2, 7]);
    expect(merged.columns[0]?.has_more).toBe(false);
    expect(merged.columns[1]).toBe(board.columns[1]);
  });
});
