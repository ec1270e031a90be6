import { Readable, type Transform } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { recordAudit } from '../../core/audit.js';
import { exportRecords, type ExportTable } from '../../core/csv.js';
import { localDate } from '../../core/periods.js';
import { currentTime } from '../../core/time.js';

export interface CsvDownload {
  fileName: string;
  body: Transform;
}

/**
 * A CSV of `table`, streamed page by page (a million rows never sit in memory), with a BOM so
 * spreadsheets read it as UTF-8. One audit row says who exported what, with the filters used.
 */
export async function exportCsv<R extends { id: number }>(
  deps: AppDeps,
  actor: TenantActor,
  resource: string,
  filters: object,
  table: ExportTable<R>,
): Promise<CsvDownload> {
  await recordAudit(deps.db.kysely, {
    organizationId: actor.tenant.organizationId,
    userId: actor.user.id,
    action: 'export',
    resourceType: resource,
    resourceId: null,
    changes: { filters: { old: null, new: filters } },
    ip: actor.ip,
  });
  const body = Readable.from(exportRecords(table)).pipe(stringify({ bom: true }));
  return { fileName: `${resource}-${localDate(new Date(currentTime()), actor.tenant.timeZone)}.csv`, body };
}
