/** What other features use of the team: its members, for pickers such as the audit log's user filter. */
export { useMemberOptions } from './api/get-members';
