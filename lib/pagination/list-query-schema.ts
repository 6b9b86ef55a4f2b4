import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT, type ListQuerySpec } from './parse-list-query';

/**
 * The query of a list operation as a route() `query` schema: what the OpenAPI document publishes
 * (limit, cursor, the sort allow-list, q and each filter's allowed values). The fields are taken
 * as strings here and described with the types the API accepts (`.meta`); parseListQuery stays the
 * one place that validates them (its 422s name the parameter and list the allowed sorts, and an
 * oversized limit is clamped rather than refused), so a route parses the query twice, the second
 * time for real.
 */
export function listQuerySchema<TSort extends string, TFilter extends string>(spec: ListQuerySpec<TSort, TFilter>) {
  const maxLimit = spec.maxLimit ?? MAX_LIMIT;
  const defaultLimit = Math.min(spec.defaultLimit ?? DEFAULT_LIMIT, maxLimit);
  const sorts = Object.keys(spec.sortable).flatMap((k) => [k, `-${k}`]);
  const filters = Object.fromEntries(
    Object.entries(spec.filters ?? {}).map(([key, filter]) => {
      const values = (filter as { values?: readonly string[] }).values;
      return [key, z.string().optional().meta(values ? { enum: [...values], description: `Filter: one of the listed values` } : { description: 'Filter' })];
    }),
  );
  return z.object({
    limit: z
      .string()
      .optional()
      .meta({ type: 'integer', minimum: 1, default: defaultLimit, description: `Page size, ${defaultLimit} by default; at most ${maxLimit} (a larger value is treated as ${maxLimit})` }),
    cursor: z.string().optional().meta({ description: 'Opaque: a `pageInfo.nextCursor` or `pageInfo.prevCursor` from the previous page, with the same `sort`' }),
    sort: z
      .string()
      .optional()
      .meta({ enum: sorts, default: spec.defaultSort, description: 'One allow-listed key; a leading `-` sorts descending' }),
    ...(spec.searchColumns?.length ? { q: z.string().optional().meta({ maxLength: 200, description: 'Case-insensitive "contains" search (one line, at most 200 characters)' }) } : {}),
    ...filters,
  });
}
