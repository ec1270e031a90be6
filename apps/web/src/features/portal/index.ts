/**
 * What other features use of the portal: the customer page's account section (balance, orders,
 * payments, issues and the portal invitation). The portal's own pages load through the router.
 */
export { CustomerAccountSection } from './components/customer-account-section';
