import { and, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTableWithColumns } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { driverError } from '@/db/client';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { catalogKinds, type CatalogKinds } from './kinds';
import { catalogKindSchema, type CatalogKindKey } from './schemas';

/**
 * The few untyped seams of the generic services: drizzle cannot type an insert into "one of seven
 * tables", so the services reach the table through these helpers and return the kind's row type.
 */
/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- one of the catalogue tables, by kind */
export type LooseTable = PgTableWithColumns<any>;

export type CommonColumns = { id: PgColumn; name: PgColumn; deletedAt: PgColumn; deletedBy: PgColumn; createdAt: PgColumn };

export function resolveKind<K extends CatalogKindKey>(key: K): CatalogKinds[K] {
  if (!catalogKindSchema.safeParse(key).success) throw new ValidationError([{ path: 'kind', message: 'unknown catalogue kind' }]);
  return catalogKinds[key];
}

export function tableOf(kind: CatalogKinds[CatalogKindKey]): { table: LooseTable; c: CommonColumns } {
  return { table: kind.table as unknown as LooseTable, c: kind.table as unknown as CommonColumns };
}

const idSchema = z.object({ id: z.uuid({ error: 'must be a catalogue item id' }) });

export function parseId(id: unknown): string {
  return parseInput(idSchema, { id }).id;
}

/** Live rows (not in the Trash), or only the Trash's. */
export function liveWhere(c: CommonColumns, id?: string): SQL | undefined {
  return and(isNull(c.deletedAt), id ? eq(c.id, id) : undefined);
}
export function trashWhere(c: CommonColumns, id?: string): SQL | undefined {
  return and(isNotNull(c.deletedAt), id ? eq(c.id, id) : undefined);
}

export function notFound(kind: CatalogKinds[CatalogKindKey]): NotFoundError {
  return new NotFoundError(`${kind.label} not found`);
}

/** A live row with the same code/name/rank (unique index per kind) is a 422 on that field. */
export async function withUniqueErrors<T>(kind: CatalogKinds[CatalogKindKey], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const cause = driverError(error) as { code?: string; constraint_name?: string };
    const unique = cause?.code === '23505' && cause.constraint_name ? (kind.unique as Record<string, { field: string; message: string }>)[cause.constraint_name] : undefined;
    if (unique) throw new ValidationError([{ path: unique.field, message: unique.message }]);
    throw error;
  }
}
