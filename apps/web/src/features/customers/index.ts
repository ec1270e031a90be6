/** What other features use of customers; everything else stays inside the folder. */
export { customerKeys } from './api/customer-keys';
export { CUSTOMER_TYPE_OPTIONS } from './components/customer-labels';
