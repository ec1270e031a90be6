import type { Health } from '@crm/contracts';
import type { AppDeps } from '../../core/context.js';
import { pingDatabase } from '../../db/ping.js';
import { APP_VERSION } from '../../version.js';

export async function checkHealth(deps: AppDeps): Promise<Health> {
  const database = (await pingDatabase(deps.db)) ? 'ok' : 'error';
  return { status: database, database, dialect: deps.db.dialect, version: APP_VERSION };
}
