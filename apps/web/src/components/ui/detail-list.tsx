import type { ReactNode } from 'react';
import { DataList, Text } from '@chakra-ui/react';

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
