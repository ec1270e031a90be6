// The customer search picker that deal, order, payment and issue forms share. A feature of its own
// so that those features need not import the customers feature (which shows their records).
export { CustomerPicker } from './components/customer-picker';
export type { CustomerOption } from './api/get-customer-options';
export { CustomerField } from './components/customer-field';
