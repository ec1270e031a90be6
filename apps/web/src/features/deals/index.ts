/** What other features use of deals: a customer's deals on the customer page. */
export { CustomerDealsCard } from './components/customer-deals-card';
