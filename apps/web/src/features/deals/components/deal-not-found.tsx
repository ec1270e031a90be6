import { Button, Center, Heading, RouterLink, Stack, Text } from '@/components/ui';

/** A deal that does not exist, or belongs to another organization (the API answers 404 for both). */
export function DealNotFound() {
  return (
    <Center py="16">
      <Stack gap="4" maxW="md" textAlign="center" align="center">
        <Text fontSize="5xl" fontWeight="bold" color="fg.subtle" aria-hidden>
          404
        </Text>
        <Heading as="h1" size="xl">
          Deal not found
        </Heading>
        <Text color="fg.muted">It may have been deleted, or the link may be mistyped.</Text>
        <Button asChild colorPalette="brand">
          <RouterLink to="/deals" color="brand.contrast" textDecoration="none">
            Back to deals
          </RouterLink>
        </Button>
      </Stack>
    </Center>
  );
}
