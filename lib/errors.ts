/** Errors a service may throw; the route wrapper maps them to HTTP status and a JSON body. */
export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'Not found') {
    super(404, 'not_found', what);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Sign in required') {
    super(401, 'unauthorized', message);
  }
}

/** 403; `code` names a refusal the client can act on (e.g. `onboarding_incomplete`), `forbidden` otherwise. */
export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this', code = 'forbidden', details?: unknown) {
    super(403, code, message, details);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super(409, 'conflict', message, details);
  }
}

/** One entry per bad field (and row, for imports), so the user learns exactly what to fix. */
export type FieldProblem = { path: string; message: string; row?: number };

export class ValidationError extends AppError {
  constructor(public readonly problems: FieldProblem[]) {
    super(422, 'invalid_input', problems.map((p) => `${p.row !== undefined ? `row ${p.row}: ` : ''}${p.path || 'input'}: ${p.message}`).join('; '), problems);
  }
}

/**
 * 429: the caller sent too many requests. `retryAfterSeconds` becomes `Retry-After`; `headers`
 * (e.g. the RateLimit-* fields) go on the error response as they would on a success.
 */
export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    public readonly retryAfterSeconds: number,
    public readonly headers: Record<string, string> = {},
  ) {
    super(429, 'rate_limited', message, { retryAfterSeconds });
  }
}
