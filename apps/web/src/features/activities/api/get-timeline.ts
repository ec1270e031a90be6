import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { Paginated, TimelineEntry } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { timelineKeys, type TimelineSubject } from './timeline-keys';

export const TIMELINE_PAGE_SIZE = 20;

export async function getTimelinePage(subject: TimelineSubject, page: number): Promise<Paginated<TimelineEntry>> {
  const response = await apiClient.get<Paginated<TimelineEntry>>(`${subject.kind}/${String(subject.id)}/timeline/`, {
    params: { page, page_size: TIMELINE_PAGE_SIZE },
  });
  return response.data;
}

export const timelineQueryOptions = (subject: TimelineSubject) =>
  infiniteQueryOptions({
    queryKey: timelineKeys.of(subject),
    queryFn: ({ pageParam }) => getTimelinePage(subject, pageParam),
    initialPageParam: 1,
    getNextPageParam: (lastPage, _pages, lastPageParam) => (lastPage.next ? lastPageParam + 1 : undefined),
  });

/** Newest first, a page at a time ("Load more"). */
export function useTimeline(subject: TimelineSubject) {
  return useInfiniteQuery(timelineQueryOptions(subject));
}
