import type { Ctx } from '@/lib/context';
import type { InputOf } from '@/lib/validation';
import type { importIdSchema } from '../schemas';
import { rateImportView } from '../views';
import { publishRateImportRow } from './publish-rate-import';

/** publishRateImportRow, answered as the import's view (the API and the page). */
export async function publishRateImport({ ctx, input }: { ctx: Ctx; input: InputOf<typeof importIdSchema> }) {
  return rateImportView(await publishRateImportRow({ ctx, input }), null);
}
