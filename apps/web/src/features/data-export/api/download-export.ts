import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** The lists with an export (GET /api/<resource>/export/). */
export type ExportResource = 'customers' | 'leads' | 'deals' | 'orders' | 'vendors' | 'employees';

export interface ExportVariables {
  resource: ExportResource;
  /** The list's current filters and search: the export has the rows the list shows, every page. */
  filters: object;
}

export interface ExportFile {
  fileName: string;
  csv: string;
}

/** `attachment; filename="customers-2026-11-30.csv"` → the name; the resource's name otherwise. */
function fileNameOf(disposition: string | null, resource: ExportResource): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? `${resource}.csv`;
}

export async function downloadExport({ resource, filters }: ExportVariables): Promise<ExportFile> {
  const response = await apiClient.get<string>(`${resource}/export/`, { params: filters });
  // The body is CSV, which the client hands over as text (it parses only JSON).
  return { fileName: fileNameOf(response.headers.get('content-disposition'), resource), csv: response.data };
}

export function useDownloadExport() {
  return useMutation({ mutationFn: downloadExport });
}
