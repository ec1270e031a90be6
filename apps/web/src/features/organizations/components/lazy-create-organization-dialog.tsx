import { lazyDialog } from '@/components/ui';

// The form stack (react-hook-form, resolvers) stays out of the first screen's bundle until asked for.
export const LazyCreateOrganizationDialog = lazyDialog(
  () => import('./create-organization-dialog').then((module) => module.CreateOrganizationDialog),
  (props) => props.open,
);
