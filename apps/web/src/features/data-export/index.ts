/** CSV export of a list's current view; import arrives with the import wizard. */
export { ExportButton } from './components/export-button';
export type { ExportResource } from './api/download-export';
