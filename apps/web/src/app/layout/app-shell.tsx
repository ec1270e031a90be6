import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import type { User } from '@crm/contracts';
import { Box, Center, ErrorPanel, Flex, SkipNavContent, SkipNavLink } from '@/components/ui';
import { useCurrentUser } from '@/lib/auth/get-current-user';
import { SessionProvider } from '@/lib/auth/session';
import { useActiveMembership } from '@/lib/auth/use-active-membership';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ModeGuard } from './mode-guard';
import { NavDrawer } from './nav-drawer';
import { NoOrganization } from './no-organization';
import { useRouteTitle } from './route-title';
import { PageSkeleton, ShellSkeleton } from './shell-skeleton';
import { Sidebar } from './sidebar';
import { TopBar } from './top-bar';

function SignedInShell({ renderedUser }: { renderedUser: User }) {
  const { user, organizationId, membership, isSynced } = useActiveMembership(renderedUser);
  const [isNavOpen, setIsNavOpen] = useState(false);
  const title = useRouteTitle();
  useDocumentTitle(title);

  if (organizationId === null || membership === null) return <NoOrganization />;
  // Nothing below may fetch until the tab's stored organization is the resolved one: the request
  // header is read from storage, and an unscoped request would hit the default organization.
  if (!isSynced) return <ShellSkeleton />;

  return (
    <SessionProvider session={{ user, organizationId, membership, role: membership.role }}>
      <SkipNavLink zIndex="skipNav" bg="bg.panel">
        Skip to content
      </SkipNavLink>
      <Flex minH="100vh">
        <Sidebar />
        <NavDrawer open={isNavOpen} onOpenChange={setIsNavOpen} />
        <Flex direction="column" flex="1" minW="0">
          <TopBar title={title} onOpenNavigation={() => setIsNavOpen(true)} />
          <SkipNavContent as="main" flex="1" p={{ base: '4', md: '6' }}>
            <Suspense key={organizationId} fallback={<PageSkeleton />}>
              <ModeGuard>
                <Outlet />
              </ModeGuard>
            </Suspense>
          </SkipNavContent>
        </Flex>
      </Flex>
    </SessionProvider>
  );
}

/** The layout of every signed-in page: sidebar, top bar, and the page. */
export function AppShell() {
  const currentUser = useCurrentUser();
  if (currentUser.isPending) return <ShellSkeleton />;
  if (currentUser.isError) {
    return (
      <Center minH="100vh" p="4">
        <Box maxW="lg" width="full">
          <ErrorPanel
            title="Your account could not be loaded"
            message={currentUser.error.message}
            onRetry={() => void currentUser.refetch()}
            isRetrying={currentUser.isFetching}
          />
        </Box>
      </Center>
    );
  }
  return <SignedInShell renderedUser={currentUser.data} />;
}
