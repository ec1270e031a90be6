/**
 * What other features use of issues: the conversation (thread and composer) the portal shows, the
 * badges, a customer's issues, and raising one.
 */
export { issueKeys } from './api/issue-keys';
export { useIssue } from './api/get-issue';
export { useIssues } from './api/get-issues';
export { useCreateIssue } from './api/create-issue';
export { ConversationCard } from './components/conversation-card';
export { PriorityBadge } from './components/issue-badges';
export { baseIssueColumns, issueColumns } from './components/issue-columns';
export { CATEGORY_LABELS, CATEGORY_OPTIONS, CLIENT_PRIORITY_OPTIONS } from './lib/issue-labels';
export { CreateIssueDialog } from './components/create-issue-dialog';
