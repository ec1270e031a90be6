import { LuArrowRight, LuArrowRightLeft, LuFlag } from 'react-icons/lu';
import { ErrorPanel, FeedItem, FeedList, HStack, RelativeTime, SectionCard, SkeletonText, Text } from '@/components/ui';
import { useStageHistory } from '../api/get-stage-history';

/** Every stage the deal has been in, newest first: from → to, who moved it and when. */
export function StageHistoryCard({ dealId }: { dealId: number }) {
  const history = useStageHistory(dealId);

  return (
    <SectionCard title="Stage history">
      {history.isPending ? (
        <SkeletonText noOfLines={4} gap="3" aria-busy="true" aria-label="Loading the stage history" />
      ) : history.isError ? (
        <ErrorPanel
          title="The stage history could not be loaded"
          message={history.error.message}
          onRetry={() => void history.refetch()}
          isRetrying={history.isFetching}
        />
      ) : history.data.length === 0 ? (
        <Text color="fg.muted">No stage changes yet.</Text>
      ) : (
        <FeedList label="Stage history">
          {history.data.map((entry) => (
            <FeedItem
              key={entry.id}
              icon={entry.from_stage_name ? <LuArrowRightLeft /> : <LuFlag />}
              colorPalette={entry.from_stage_name ? 'blue' : 'gray'}
            >
              <HStack gap="2" wrap="wrap" textStyle="sm">
                {entry.from_stage_name ? (
                  <>
                    <Text>{entry.from_stage_name}</Text>
                    <LuArrowRight aria-label="to" />
                  </>
                ) : (
                  <Text color="fg.muted">Created in</Text>
                )}
                <Text fontWeight="medium">{entry.to_stage_name}</Text>
              </HStack>
              <Text textStyle="sm" color="fg.muted">
                {entry.changed_by_name ?? 'Someone'} · <RelativeTime iso={entry.changed_at} />
              </Text>
            </FeedItem>
          ))}
        </FeedList>
      )}
    </SectionCard>
  );
}
