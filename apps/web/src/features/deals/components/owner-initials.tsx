import { Avatar } from '@/components/ui';

/** The owner as initials on the card; the full name on hover and for screen readers. */
export function OwnerInitials({ name }: { name: string | null }) {
  const label = name ? `Owner: ${name}` : 'No owner';
  return (
    <Avatar.Root size="2xs" colorPalette={name ? 'brand' : 'gray'} title={label} aria-label={label} role="img">
      <Avatar.Fallback name={name ?? undefined}>{name ? undefined : '–'}</Avatar.Fallback>
    </Avatar.Root>
  );
}
