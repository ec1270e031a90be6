import type { ReactNode } from 'react';
import { Card, Flex, Heading, Stack, Text } from '@chakra-ui/react';

export interface DangerZoneProps {
  title?: string;
  /** One row per irreversible action: what it does and its button. */
  children: ReactNode;
}

/**
 * A red-bordered card that sets actions which cannot be undone apart from the rest of a page.
 * Import this file directly rather than through the index, which is on the first screen.
 */
export function DangerZone({ title = 'Danger zone', children }: DangerZoneProps) {
  return (
    <Card.Root variant="outline" borderColor="border.error" as="section" aria-label={title}>
      <Card.Header>
        <Heading as="h2" size="md" color="fg.error">
          {title}
        </Heading>
      </Card.Header>
      <Card.Body pt="2">
        <Stack gap="4">{children}</Stack>
      </Card.Body>
    </Card.Root>
  );
}

export interface DangerZoneItemProps {
  title: string;
  description: ReactNode;
  action: ReactNode;
}

export function DangerZoneItem({ title, description, action }: DangerZoneItemProps) {
  return (
    <Flex
      gap="4"
      align={{ base: 'stretch', md: 'center' }}
      direction={{ base: 'column', md: 'row' }}
      justify="space-between"
    >
      <Stack gap="1">
        <Text fontWeight="semibold">{title}</Text>
        <Text color="fg.muted" textStyle="sm">
          {description}
        </Text>
      </Stack>
      {action}
    </Flex>
  );
}
