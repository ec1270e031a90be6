import type { ReactNode } from 'react';
import { Box, Card, ColorModeButton, Flex, Heading, Stack, Text } from '@/components/ui';
import { PRODUCT_NAME, useDocumentTitle } from '@/lib/use-document-title';

interface AuthLayoutProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

export function AuthLayout({ title, subtitle, children, footer }: AuthLayoutProps) {
  useDocumentTitle(title);
  return (
    <Flex minH="100vh" direction="column" align="center" justify="center" px="4" py="10" bg="bg.subtle">
      <Box position="absolute" top="3" right="3">
        <ColorModeButton />
      </Box>
      <Stack gap="6" width="full" maxW="md">
        <Text textAlign="center" fontWeight="bold" fontSize="lg" color="brand.fg">
          {PRODUCT_NAME}
        </Text>
        <Card.Root as="main" variant="elevated">
          <Card.Header>
            <Heading as="h1" size="xl">
              {title}
            </Heading>
            {subtitle && <Text color="fg.muted">{subtitle}</Text>}
          </Card.Header>
          <Card.Body>{children}</Card.Body>
        </Card.Root>
        {footer && (
          <Text textAlign="center" color="fg.muted" textStyle="sm">
            {footer}
          </Text>
        )}
      </Stack>
    </Flex>
  );
}
