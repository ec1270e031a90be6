import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Button, Center, Heading, Stack, Text } from './primitives';
import { RouterLink } from './router-link';

export interface NotFoundProps {
  title?: string;
  message?: ReactNode;
  /** Where the way out leads, and what it says. */
  linkTo?: string;
  linkLabel?: string;
}

/** A real not-found page (UX: feedback): for unknown paths, malformed ids and records that do not exist. */
export function NotFound({
  title = 'Page not found',
  message,
  linkTo = '/',
  linkLabel = 'Go to the dashboard',
}: NotFoundProps) {
  const { pathname } = useLocation();
  return (
    <Center py="16">
      <Stack gap="4" maxW="md" textAlign="center" align="center">
        <Text fontSize="5xl" fontWeight="bold" color="fg.subtle" aria-hidden>
          404
        </Text>
        <Heading as="h1" size="xl">
          {title}
        </Heading>
        <Text color="fg.muted">
          {message ?? (
            <>
              There is no page at <code>{pathname}</code>. It may have moved, or the link may be mistyped.
            </>
          )}
        </Text>
        <Button asChild colorPalette="brand">
          <RouterLink to={linkTo} color="brand.contrast" textDecoration="none">
            {linkLabel}
          </RouterLink>
        </Button>
      </Stack>
    </Center>
  );
}
