/**
 * A sales team's day, shared by the record lists: bulk actions on customers, leads and deals. My
 * work's page and sidebar count load through the router and the app shell.
 */
export {
  useRecordBulkActions,
  type BulkRecord,
  type RecordBulkActions,
  type RecordBulkConfig,
} from './components/record-bulk-actions';
