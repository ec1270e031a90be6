import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Board } from '@crm/contracts';
import { toaster } from '@/components/ui';
import { errorBody, mockApi } from '@/test/mock-api';
import { boardFixture, dealFixture, NEGOTIATION } from '../testing/deal-fixtures';
import { dealKeys } from './deal-keys';
import { useMoveDealStage } from './move-deal-stage';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const BOARD_KEY = dealKeys.board(1, {});

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(BOARD_KEY, boardFixture());
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useMoveDealStage(), { wrapper });
  const board = () => queryClient.getQueryData<Board>(BOARD_KEY);
  const dealIdsIn = (index: number) => board()?.columns[index]?.deals.map((deal) => deal.id);
  return { queryClient, result, board, dealIdsIn };
}

describe('useMoveDealStage', () => {
  it('moves the card in the cache before the server answers, and sends move_stage', async () => {
    const { result, dealIdsIn, board } = setup();
    let seenWhenSent: { proposal?: number[]; negotiation?: number[]; count?: number } = {};
    api = mockApi(() => {
      seenWhenSent = { proposal: dealIdsIn(0), negotiation: dealIdsIn(1), count: board()?.columns[1]?.count };
      return { status: 200, data: dealFixture({ id: 2, stage_id: 4, stage_name: 'Negotiation' }) };
    });

    act(() => result.current.mutate({ dealId: 2, stageId: NEGOTIATION.id, dealTitle: 'Support plan' }));

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(seenWhenSent).toEqual({ proposal: [1], negotiation: [3, 2], count: 2 });
    expect(api.requests[0]?.url).toBe('deals/2/move_stage/');
    expect(JSON.parse(String(api.requests[0]?.data))).toEqual({ stage_id: 4 });
  });

  it('puts the card back and shows the server’s message when the move is refused', async () => {
    const toast = vi.spyOn(toaster, 'create');
    api = mockApi(() => ({
      status: 403,
      data: errorBody('permission_denied', 'You can change only records assigned to you or created by you.'),
    }));
    const { result, dealIdsIn, board } = setup();
    const before = structuredClone(board());

    act(() => result.current.mutate({ dealId: 2, stageId: NEGOTIATION.id, dealTitle: 'Support plan' }));

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(dealIdsIn(0)).toEqual([1, 2]);
    expect(dealIdsIn(1)).toEqual([3]);
    expect(board()).toEqual(before);
    expect(toast).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'error',
        title: 'Could not move “Support plan”',
        description: 'You can change only records assigned to you or created by you.',
      }),
    );
  });

  it('refetches the boards afterwards for the server’s counts and totals', async () => {
    api = mockApi(() => ({ status: 200, data: dealFixture({ id: 2, stage_id: 4 }) }));
    const { result, queryClient } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');

    act(() => result.current.mutate({ dealId: 2, stageId: NEGOTIATION.id, dealTitle: 'Support plan' }));

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(invalidate).toHaveBeenCalledWith({ queryKey: dealKeys.boards() });
  });
});
