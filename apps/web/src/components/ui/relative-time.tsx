import { formatRelativeTime, useDateFormat } from '@/lib/format';
import { chakra } from './primitives';

/** A relative time with the exact date and time (in the user's zone) on hover (UX: visual language). */
export function RelativeTime({ iso }: { iso: string }) {
  const { dateTime } = useDateFormat();
  return (
    <chakra.time dateTime={iso} title={dateTime(iso)}>
      {formatRelativeTime(iso)}
    </chakra.time>
  );
}

/** An instant as date and time in the signed-in user's time zone. */
export function DateTimeText({ iso }: { iso: string }) {
  const { dateTime } = useDateFormat();
  return <chakra.time dateTime={iso}>{dateTime(iso)}</chakra.time>;
}
