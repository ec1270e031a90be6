import { forwardRef, type ReactNode } from 'react';
import { Box, Link as ChakraLink, type LinkProps as ChakraLinkProps } from '@chakra-ui/react';
import { Link, NavLink, type LinkProps } from 'react-router';

export type RouterLinkProps = Omit<ChakraLinkProps, 'href' | 'asChild'> & Pick<LinkProps, 'to' | 'replace'>;

/** A Chakra-styled link that navigates inside the app without a page load. */
export const RouterLink = forwardRef<HTMLAnchorElement, RouterLinkProps>(function RouterLink(
  { to, replace, children, ...rest },
  ref,
) {
  return (
    <ChakraLink asChild colorPalette="brand" color="colorPalette.fg" {...rest}>
      <Link ref={ref} to={to} replace={replace}>
        {children}
      </Link>
    </ChakraLink>
  );
});

export interface NavItemLinkProps {
  to: string;
  /** Match the path exactly, so "/" is not current on every page. */
  end?: boolean;
  icon: ReactNode;
  label: string;
  /** Icon only on medium screens (the label stays for screen readers and as a tooltip). */
  collapsible?: boolean;
  onNavigate?: () => void;
  /** After the label: a count of things waiting (My work's due tasks). */
  badge?: ReactNode;
}

/** A sidebar entry; react-router marks the current page with aria-current="page". */
export function NavItemLink({ to, end, icon, label, collapsible = false, onNavigate, badge }: NavItemLinkProps) {
  const labelDisplay = collapsible ? { base: 'inline', md: 'none', lg: 'inline' } : 'inline';
  return (
    <ChakraLink
      asChild
      display="flex"
      alignItems="center"
      gap="3"
      px="3"
      py="2"
      borderRadius="md"
      color="fg.muted"
      fontWeight="medium"
      textDecoration="none"
      justifyContent={collapsible ? { base: 'flex-start', md: 'center', lg: 'flex-start' } : 'flex-start'}
      focusVisibleRing="outside"
      _hover={{ bg: 'bg.muted', color: 'fg', textDecoration: 'none' }}
      _currentPage={{ bg: 'brand.subtle', color: 'brand.fg' }}
    >
      <NavLink to={to} end={end} onClick={onNavigate} title={label}>
        <Box as="span" fontSize="lg" aria-hidden position="relative">
          {icon}
        </Box>
        <Box as="span" display={labelDisplay}>
          {label}
        </Box>
        {badge && (
          <Box as="span" ms={collapsible ? { base: 'auto', md: '-2', lg: 'auto' } : 'auto'} display="inline-flex">
            {badge}
          </Box>
        )}
      </NavLink>
    </ChakraLink>
  );
}
