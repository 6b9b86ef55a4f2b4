import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rateImports, type RateImportRow } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';

export async function loadImport(tx: Tx, id: string, lock = false): Promise<RateImportRow> {
  const query = tx.select().from(rateImports).where(eq(rateImports.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Rate import not found');
  return row;
}
