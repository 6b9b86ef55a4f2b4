import { driverError } from '@/db/client';

export type UniqueField = { path: string; message: string };
export type ConstraintMatch<R extends string> = { unique: UniqueField } | { rule: R; detail: string } | null;

/**
 * The domain rule a database refusal stands for: a unique violation of a known key (a field
 * problem), or a named constraint/trigger of the domain's rule table (with the database's detail
 * as the conflict). One reading of the driver's error for every domain's `with...Errors` wrapper.
 */
export function constraintOf<R extends string>(error: unknown, rules: Record<R, string>, uniqueFields: Record<string, UniqueField>): ConstraintMatch<R> {
  const cause = driverError(error) as { code?: string; constraint_name?: string; constraint?: string; detail?: string } | undefined;
  const name = cause?.constraint_name ?? cause?.constraint;
  if (!name) return null;
  if (cause?.code === '23505' && Object.hasOwn(uniqueFields, name)) return { unique: uniqueFields[name]! };
  if (Object.hasOwn(rules, name)) return { rule: name as R, detail: cause?.detail ?? 'refused by the database' };
  return null;
}
