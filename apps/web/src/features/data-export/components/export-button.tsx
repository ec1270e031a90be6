import { LuDownload } from 'react-icons/lu';
import { Button, notifyError } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { can } from '@crm/contracts';
import { useDownloadExport, type ExportFile, type ExportVariables } from '../api/download-export';

const BOM = '\uFEFF';

/**
 * Hands the CSV to the browser as a download. Reading the body as text dropped the server's byte
 * order mark, which spreadsheets need to read the file as UTF-8: it goes back on.
 */
function saveFile({ fileName, csv }: ExportFile): void {
  const text = csv.startsWith(BOM) ? csv : `${BOM}${csv}`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** "Export" in a list's header: a CSV of the list's current view (PRODUCT §6), for roles that may export. */
export function ExportButton(props: ExportVariables) {
  const { role } = useSession();
  const download = useDownloadExport();
  if (!can(role, 'export', 'read')) return null;
  return (
    <Button
      variant="outline"
      loading={download.isPending}
      loadingText="Exporting…"
      onClick={() =>
        download.mutate(props, {
          onSuccess: saveFile,
          onError: (error) => notifyError('Export failed', toApiError(error).message),
        })
      }
    >
      <LuDownload aria-hidden /> Export
    </Button>
  );
}
