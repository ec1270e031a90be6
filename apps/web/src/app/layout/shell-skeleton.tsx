import { Box, Flex, Skeleton, SkeletonText, Stack } from '@/components/ui';

/** Shaped like the shell, shown while the signed-in user loads. */
export function ShellSkeleton() {
  return (
    <Flex minH="100vh" aria-busy="true" aria-label="Loading">
      <Box display={{ base: 'none', md: 'block' }} width={{ md: '16', lg: '60' }} borderRightWidth="1px" p="4">
        <Skeleton height="6" mb="6" />
        <SkeletonText noOfLines={4} gap="4" />
      </Box>
      <Box flex="1">
        <Flex height="14" borderBottomWidth="1px" px="6" align="center" justify="space-between">
          <Skeleton height="5" width="32" />
          <Skeleton height="8" width="48" />
        </Flex>
        <PageSkeleton />
      </Box>
    </Flex>
  );
}

export function PageSkeleton() {
  return (
    <Stack gap="4" p={{ base: '4', md: '6' }} aria-busy="true">
      <Skeleton height="8" width="48" />
      <Skeleton height="32" />
      <Skeleton height="32" />
    </Stack>
  );
}
