import { isStaffRole } from '@crm/contracts';
import { Box, NavItemLink, Separator, Stack, Text, VStack } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { PRODUCT_NAME } from '@/lib/use-document-title';
import { visibleNavSections } from './nav-items';

interface SidebarContentProps {
  /** In the fixed sidebar, medium screens show icons only; the phone drawer always shows labels. */
  collapsible?: boolean;
  onNavigate?: () => void;
}

export function SidebarContent({ collapsible = false, onNavigate }: SidebarContentProps) {
  const { membership, role } = useSession();
  const hideOnCompact = collapsible ? { base: 'block', md: 'none', lg: 'block' } : 'block';
  const organizationName = membership.organization.name;

  return (
    <Stack gap="6" height="full">
      <Box px={collapsible ? { base: '3', md: '0', lg: '3' } : '3'}>
        <Text fontWeight="bold" fontSize="lg" color="brand.fg" display={hideOnCompact}>
          {PRODUCT_NAME}
        </Text>
        <Text
          fontWeight="bold"
          fontSize="md"
          color="brand.fg"
          textAlign="center"
          whiteSpace="nowrap"
          display={collapsible ? { base: 'none', md: 'block', lg: 'none' } : 'none'}
          aria-hidden
        >
          TG
        </Text>
        <Text color="fg.muted" textStyle="sm" truncate title={organizationName} display={hideOnCompact}>
          {organizationName}
        </Text>
        {!isStaffRole(role) && (
          <Text color="fg.muted" textStyle="xs" display={hideOnCompact} data-testid="portal-mode">
            Customer portal
          </Text>
        )}
      </Box>
      <nav aria-label="Main">
        <Stack gap="4">
          {visibleNavSections(role).map((section) => (
            <Stack key={section.id} gap="1">
              {section.heading && (
                <>
                  <Text
                    id={`nav-section-${section.id}`}
                    px="3"
                    textStyle="xs"
                    fontWeight="semibold"
                    textTransform="uppercase"
                    letterSpacing="wider"
                    color="fg.muted"
                    display={hideOnCompact}
                  >
                    {section.heading}
                  </Text>
                  {collapsible && <Separator display={{ base: 'none', md: 'block', lg: 'none' }} />}
                </>
              )}
              <VStack
                as="ul"
                align="stretch"
                gap="1"
                listStyleType="none"
                m="0"
                p="0"
                aria-labelledby={section.heading ? `nav-section-${section.id}` : undefined}
              >
                {section.items.map((item) => (
                  <li key={item.to}>
                    <NavItemLink
                      to={item.to}
                      end={item.end}
                      icon={<item.icon />}
                      label={item.label}
                      collapsible={collapsible}
                      onNavigate={onNavigate}
                      badge={item.badge ? <item.badge /> : undefined}
                    />
                  </li>
                ))}
              </VStack>
            </Stack>
          ))}
        </Stack>
      </nav>
    </Stack>
  );
}

export function Sidebar() {
  return (
    <Box
      as="aside"
      display={{ base: 'none', md: 'block' }}
      width={{ md: '16', lg: '60' }}
      flexShrink={0}
      borderRightWidth="1px"
      bg="bg.panel"
      px="2"
      py="4"
      position="sticky"
      top="0"
      height="100vh"
      overflowY="auto"
    >
      <SidebarContent collapsible />
    </Box>
  );
}
