import type { ReactNode } from 'react';
import { Badge, DataList, HStack, Link, Stack, Text } from '@chakra-ui/react';

/** Label-value pairs of a record's summary card. */
export function DetailList({ children }: { children: ReactNode }) {
  return (
    <DataList.Root orientation="horizontal" gap="3" size="sm">
      {children}
    </DataList.Root>
  );
}

/** One pair; an empty value shows a dash rather than a blank, so a missing field reads as missing. */
export function DetailItem({ label, children }: { label: string; children?: ReactNode }) {
  const isEmpty = children === null || children === undefined || children === false || children === '';
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue wordBreak="break-word">
        {isEmpty ? <Text color="fg.subtle">—</Text> : children}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/** Email and phone of a record, each a link that opens the mail or phone app. */
export function ContactDetailItems({ email, phone }: { email: string | null; phone: string | null }) {
  return (
    <>
      <DetailItem label="Email">{email && <Link href={`mailto:${email}`}>{email}</Link>}</DetailItem>
      <DetailItem label="Phone">{phone && <Link href={`tel:${phone}`}>{phone}</Link>}</DetailItem>
    </>
  );
}

/** A record's tags as outlined badges; nothing when there are none (the item shows its dash). */
export function TagsDetailItem({ tags }: { tags: readonly string[] }) {
  return (
    <DetailItem label="Tags">
      {tags.length > 0 && (
        <HStack gap="1" wrap="wrap">
          {tags.map((tag) => (
            <Badge key={tag} variant="outline">
              {tag}
            </Badge>
          ))}
        </HStack>
      )}
    </DetailItem>
  );
}

/** Free notes under a summary, line breaks kept; nothing when empty. */
export function NotesBlock({ notes, label = 'Notes' }: { notes: string | null; label?: string }) {
  if (!notes) return null;
  return (
    <Stack gap="1">
      <Text textStyle="sm" color="fg.muted">
        {label}
      </Text>
      <Text whiteSpace="pre-wrap" wordBreak="break-word">
        {notes}
      </Text>
    </Stack>
  );
}

/** A card's headline figure (a total, a score) with its label above. */
export function KeyFigure({ label, children, gap = '0' }: { label: string; children: ReactNode; gap?: string }) {
  return (
    <Stack gap={gap}>
      <Text textStyle="sm" color="fg.muted">
        {label}
      </Text>
      {children}
    </Stack>
  );
}
