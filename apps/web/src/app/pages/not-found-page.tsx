import { useLocation } from 'react-router';
import { Button, Center, Heading, RouterLink, Stack, Text } from '@/components/ui';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Center py="16">
      <Stack gap="4" maxW="md" textAlign="center" align="center">
        <Text fontSize="5xl" fontWeight="bold" color="fg.subtle" aria-hidden>
          404
        </Text>
        <Heading as="h1" size="xl">
          Page not found
        </Heading>
        <Text color="fg.muted">
          There is no page at <code>{pathname}</code>. It may have moved, or the link may be mistyped.
        </Text>
        <Button asChild colorPalette="brand">
          <RouterLink to="/" color="brand.contrast" textDecoration="none">
            Go to the dashboard
          </RouterLink>
        </Button>
      </Stack>
    </Center>
  );
}
