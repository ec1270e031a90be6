/** What other features use of employees: choosing who a record is assigned to, and claiming it. */
export { AssigneeField, type AssignedRecord, type AssigneeFieldProps } from './components/assignee-field';
export { AssigneePicker, type AssigneePickerProps } from './components/assignee-picker';
export { ClaimButton, type ClaimButtonProps } from './components/claim-button';
export { myEmployeeQueryOptions, useMyEmployee } from './api/get-my-employee';
export { ASSIGN_ONLY_SELF_REASON, mayAssignOnlySelf, type AssignableResource } from './lib/assignment-rules';
