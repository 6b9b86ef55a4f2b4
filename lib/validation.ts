import type { z } from 'zod';
import { ValidationError } from './errors';

/** Parses service input; failures become a ValidationError naming every bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return result.data;
}
