import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import type { FieldProblem } from '@/lib/errors';
import { controlCharacterProblems, safeText } from '@/lib/validation';

/** Secrets are hashed or compared, never stored or shown as text: any character is theirs to hold. */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['password', 'currentPassword', 'newPassword']);

/** Better Auth stores `name` as given (update-user takes any JSON value): the same rule as a name everywhere else. */
const NAME_PATHS = new Set(['/sign-up/email', '/update-user']);
const nameSchema = safeText().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** What Better Auth's endpoints are given, checked before any of them runs; empty when it is fine. */
export function authInputProblems(path: string, body: unknown, query: unknown): FieldProblem[] {
  const problems = [
    ...controlCharacterProblems(body, { multiline: false, skip: SECRET_FIELDS }),
    ...controlCharacterProblems(query, { multiline: false }),
  ];
  const name = (body as { name?: unknown } | null | undefined)?.name;
  if (NAME_PATHS.has(path) && name !== undefined && !problems.some((p) => p.path === 'name')) {
    const parsed = nameSchema.safeParse(name);
    if (!parsed.success) problems.push({ path: 'name', message: parsed.error.issues[0]?.message ?? 'invalid name' });
  }
  return problems;
}

/**
 * The validation layer in front of Better Auth's own endpoints: no text field may carry a control
 * character (NUL made PostgreSQL fail the query: a 500), and `name` follows the name rule. The
 * answer is a 422 naming each field, in Better Auth's error shape.
 */
export function authInputGuard(): BetterAuthPlugin {
  return {
    id: 'didtron-input-guard',
    hooks: {
      before: [
        {
          matcher: () => true,
          handler: createAuthMiddleware(async (ctx) => {
            const problems = authInputProblems(ctx.path, ctx.body, ctx.query);
            if (!problems.length) return;
            throw new APIError('UNPROCESSABLE_ENTITY', {
              code: 'INVALID_INPUT',
              message: problems.map((p) => `${p.path || 'input'}: ${p.message}`).join('; '),
              details: problems,
            });
          }),
        },
      ],
    },
  };
}
