import { can } from '@crm/contracts';
import { SectionCard, Separator } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import type { TimelineSubject } from '../api/timeline-keys';
import { ActivityComposer, type ComposerAssignee } from './activity-composer';
import { RecordTimeline } from './record-timeline';

/**
 * The timeline card of a detail page: the composer (for roles that may add activities) above the
 * history. `assignee`, the record's own, is who its new tasks go to unless changed.
 */
export function TimelineSection({ subject, assignee }: { subject: TimelineSubject; assignee?: ComposerAssignee }) {
  const { role } = useSession();
  return (
    <SectionCard title="Timeline" bodyGap="5">
      {can(role, 'activities', 'create') && (
        <>
          <ActivityComposer subject={subject} assignee={assignee} />
          <Separator />
        </>
      )}
      <RecordTimeline subject={subject} />
    </SectionCard>
  );
}
