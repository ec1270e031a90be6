import { formatMoney, parseMoney, type Board, type BoardColumn, type Deal, type Stage } from '@crm/contracts';

const minorOf = (amount: string): bigint => BigInt(parseMoney(amount) ?? 0);
const addMoney = (a: string, b: string): string => formatMoney(Number(minorOf(a) + minorOf(b)));
const subtractMoney = (a: string, b: string): string => formatMoney(Number(minorOf(a) - minorOf(b)));

/** value × probability / 100, half-up to the cent, as the server computes it (PRODUCT §5). */
export function weightedValue(value: string, probability: number): string {
  return formatMoney(Number((minorOf(value) * BigInt(probability) + 50n) / 100n));
}

export function findDealInBoard(board: Board, dealId: number): { deal: Deal; column: BoardColumn } | undefined {
  for (const column of board.columns) {
    const deal = column.deals.find((candidate) => candidate.id === dealId);
    if (deal) return { deal, column };
  }
  return undefined;
}

/** The deal as the server will answer after a move: stage fields, probability and won/lost state. */
export function dealInStage(deal: Deal, stage: Stage, now: Date): Deal {
  const nowIso = now.toISOString();
  return {
    ...deal,
    stage_id: stage.id,
    stage_name: stage.name,
    stage_entered_at: nowIso,
    probability: null,
    effective_probability: stage.probability,
    weighted_value: weightedValue(deal.value, stage.probability),
    is_won: stage.kind === 'won',
    is_lost: stage.kind === 'lost',
    is_closed: stage.kind !== 'open',
    closed_at: stage.kind === 'open' ? null : nowIso,
    lost_reason: stage.kind === 'lost' ? deal.lost_reason : null,
  };
}

/**
 * The board with one deal moved to another stage, counts and totals adjusted, for an optimistic
 * update. Open columns list the longest-waiting deals first (the moved deal goes last); won and
 * lost columns list the latest first, as the server orders them. An unknown deal or stage, or a
 * move to the same stage, returns the board unchanged.
 */
export function moveDealInBoard(board: Board, dealId: number, toStageId: number, now: Date = new Date()): Board {
  const found = findDealInBoard(board, dealId);
  const target = board.columns.find((column) => column.stage.id === toStageId);
  if (!found || !target || found.column.stage.id === toStageId) return board;
  const { deal: before, column: source } = found;
  const after = dealInStage(before, target.stage, now);

  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column === source) {
        return {
          ...column,
          deals: column.deals.filter((deal) => deal.id !== dealId),
          count: Math.max(0, column.count - 1),
          total_value: subtractMoney(column.total_value, before.value),
          weighted_value: subtractMoney(column.weighted_value, before.weighted_value),
        };
      }
      if (column === target) {
        return {
          ...column,
          deals: target.stage.kind === 'open' ? [...column.deals, after] : [after, ...column.deals],
          count: column.count + 1,
          total_value: addMoney(column.total_value, after.value),
          weighted_value: addMoney(column.weighted_value, after.weighted_value),
        };
      }
      return column;
    }),
  };
}

/** Adds the next page of one column (`?stage=&page=`) under the deals already shown. */
export function appendColumnPage(board: Board, page: Board): Board {
  const pageColumn = page.columns[0];
  if (!pageColumn) return board;
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.id !== pageColumn.stage.id) return column;
      const shown = new Set(column.deals.map((deal) => deal.id));
      return {
        ...pageColumn,
        deals: [...column.deals, ...pageColumn.deals.filter((deal) => !shown.has(deal.id))],
      };
    }),
  };
}
