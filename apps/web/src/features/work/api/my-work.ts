import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { Activity, ActivityDue, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';

/**
 * My work (PRODUCT §6): the caller's open activities with a due date, by when they are due. The
 * keys sit under the activities feature's root key (`['activities']`), which every activity write
 * invalidates, so a task added or completed anywhere refreshes this page and the sidebar's count.
 * (Spelled out rather than imported: the sidebar loads this file on the first screen.)
 */
export const myWorkKeys = {
  all: ['activities', 'my-work'] as const,
  buckets: () => [...myWorkKeys.all, 'bucket'] as const,
  bucket: (due: ActivityDue) => [...myWorkKeys.buckets(), due] as const,
  counts: () => [...myWorkKeys.all, 'count'] as const,
  count: (due: ActivityDue) => [...myWorkKeys.counts(), due] as const,
};

/** One request shows a whole bucket: a day's work rarely reaches the API's largest page. */
export const MY_WORK_PAGE_SIZE = 100;

export async function getMyWork(due: ActivityDue, pageSize: number): Promise<Paginated<Activity>> {
  const response = await apiClient.get<Paginated<Activity>>('activities/', {
    params: { assigned_to: 'me', due, ordering: 'due_at', page_size: pageSize },
  });
  return response.data;
}

export const myWorkBucketQueryOptions = (due: ActivityDue) =>
  queryOptions({
    queryKey: myWorkKeys.bucket(due),
    queryFn: () => getMyWork(due, MY_WORK_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });

export function useMyWorkBucket(due: ActivityDue) {
  return useQuery(myWorkBucketQueryOptions(due));
}

const countQueryOptions = (due: ActivityDue) =>
  queryOptions({
    queryKey: myWorkKeys.count(due),
    queryFn: async () => (await getMyWork(due, 1)).count,
    // "Today" turns into "overdue" as the clock runs: refreshed now and then, not only on writes.
    refetchInterval: 5 * 60_000,
  });

/** Overdue plus due today: the number next to My work in the sidebar (two one-row requests). */
export function useMyWorkCount(enabled = true): number | undefined {
  return useQueries({
    queries: (['overdue', 'today'] as const).map((due) => ({ ...countQueryOptions(due), enabled })),
    combine: (results) =>
      results.every((result) => result.data !== undefined)
        ? results.reduce((sum, result) => sum + (result.data ?? 0), 0)
        : undefined,
  });
}

export async function completeActivity(id: number): Promise<Activity> {
  const response = await apiClient.post<Activity>(`activities/${String(id)}/complete/`);
  return response.data;
}

interface CompleteContext {
  buckets: [readonly unknown[], Paginated<Activity> | undefined][];
  counts: [readonly unknown[], number | undefined][];
}

const dueOf = (key: readonly unknown[]) => key[key.length - 1] as ActivityDue;

/**
 * Completes a task from My work: it leaves its bucket and the sidebar's count at once, and comes
 * back if the server refuses. Afterwards every activity list and timeline is refetched.
 */
export function useCompleteMyWork() {
  const queryClient = useQueryClient();
  return useMutation<Activity, ApiError, Activity, CompleteContext>({
    mutationFn: (activity) => completeActivity(activity.id),
    meta: { errorTitle: 'Could not complete the task' },
    onMutate: async (activity) => {
      await queryClient.cancelQueries({ queryKey: myWorkKeys.all });
      const buckets = queryClient.getQueriesData<Paginated<Activity>>({ queryKey: myWorkKeys.buckets() });
      const counts = queryClient.getQueriesData<number>({ queryKey: myWorkKeys.counts() });
      let bucketOfActivity: ActivityDue | null = null;
      for (const [key, page] of buckets) {
        if (!page?.results.some((entry) => entry.id === activity.id)) continue;
        bucketOfActivity = dueOf(key);
        queryClient.setQueryData<Paginated<Activity>>(key, {
          ...page,
          count: page.count - 1,
          results: page.results.filter((entry) => entry.id !== activity.id),
        });
      }
      if (bucketOfActivity) {
        queryClient.setQueryData<number>(myWorkKeys.count(bucketOfActivity), (count) =>
          count === undefined ? count : Math.max(0, count - 1),
        );
      }
      return { buckets, counts };
    },
    onError: (_error, _activity, context) => {
      context?.buckets.forEach(([key, page]) => queryClient.setQueryData(key, page));
      context?.counts.forEach(([key, count]) => queryClient.setQueryData(key, count));
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['activities'] }),
        queryClient.invalidateQueries({ queryKey: ['timeline'] }),
      ]),
  });
}
