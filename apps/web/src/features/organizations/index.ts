/** What other features use of organizations; everything else stays inside the folder. */
export { useOrganization, organizationQueryOptions } from './api/get-organization';
export { useMyOrganizations } from './api/get-my-organizations';
export { organizationKeys } from './api/organization-keys';
export { useSwitchOrganization } from './api/switch-organization';
export { LazyCreateOrganizationDialog } from './components/lazy-create-organization-dialog';
export { useOrganizationCurrency } from './hooks/use-organization-currency';
