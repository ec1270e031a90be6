import type { ReactNode } from 'react';
import { Flex, Heading, HStack, Stack, Text } from '@chakra-ui/react';

export interface PageHeaderProps {
  title: ReactNode;
  /** A record count next to a list's title ("132"), or the code of a record. */
  meta?: ReactNode;
  /** Badges after the title: status, score. */
  badges?: ReactNode;
  description?: ReactNode;
  /** The page's actions, primary last so it sits at the right edge. */
  actions?: ReactNode;
}

/** The top of a list or detail page: the title with its count or code, badges, and the actions. */
export function PageHeader({ title, meta, badges, description, actions }: PageHeaderProps) {
  return (
    <Flex
      gap="4"
      align={{ base: 'stretch', md: 'flex-start' }}
      justify="space-between"
      direction={{ base: 'column', md: 'row' }}
    >
      <Stack gap="1" minW="0">
        <HStack gap="3" wrap="wrap" align="baseline">
          <Heading as="h1" size="2xl" wordBreak="break-word">
            {title}
          </Heading>
          {meta !== undefined && (
            <Text color="fg.muted" textStyle="md" fontVariantNumeric="tabular-nums">
              {meta}
            </Text>
          )}
          {badges && (
            <HStack gap="2" alignSelf="center">
              {badges}
            </HStack>
          )}
        </HStack>
        {description && <Text color="fg.muted">{description}</Text>}
      </Stack>
      {actions && (
        <HStack gap="2" flexShrink={0} wrap="wrap">
          {actions}
        </HStack>
      )}
    </Flex>
  );
}
