import { can } from '@crm/contracts';
import { SectionCard, Separator } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import type { TimelineSubject } from '../api/timeline-keys';
import { ActivityComposer } from './activity-composer';
import { RecordTimeline } from './record-timeline';

/** The timeline card of a detail page: the composer (for roles that may add activities) above the history. */
export function TimelineSection({ subject }: { subject: TimelineSubject }) {
  const { role } = useSession();
  return (
    <SectionCard title="Timeline" bodyGap="5">
      {can(role, 'activities', 'create') && (
        <>
          <ActivityComposer subject={subject} />
          <Separator />
        </>
      )}
      <RecordTimeline subject={subject} />
    </SectionCard>
  );
}
