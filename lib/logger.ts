import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Error properties that carry data rather than a description: Drizzle's `params` and postgres.js'
 * `parameters` are the bound values of the failed query (ids, emails, key hashes), PostgreSQL's
 * `detail` quotes row values ("Key (email)=(…) already exists").
 */
const VALUE_PROPERTIES = new Set(['params', 'parameters', 'detail']);
const MAX_DEPTH = 4;

/** Drizzle wraps a failed query as "Failed query: <sql>\nparams: <values>": keep the SQL only. */
function isDrizzleQueryError(error: Error): error is Error & { query: string; params: unknown[] } {
  const e = error as Error & { query?: unknown; params?: unknown };
  return typeof e.query === 'string' && Array.isArray(e.params) && error.message.startsWith(`Failed query: ${e.query}`);
}

/** The same cut for text that already holds such a message (a caller's string, Better Auth's log line). */
export function withoutBoundValues(text: string): string {
  return text.includes('\nparams: ') ? text.replace(/(Failed query: [\s\S]*?)\nparams: [\s\S]*$/, '$1') : text;
}

/** An error's message without the values of the query that failed. */
export function errorMessage(error: Error): string {
  if (isDrizzleQueryError(error)) return `Failed query: ${error.query}`;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL data exceptions (class 22) end by quoting the value they could not take.
  if (typeof code === 'string' && code.startsWith('22')) return error.message.replace(/: ".*"$/s, ': "[value]"');
  return withoutBoundValues(error.message);
}

/** pino's `err` serializer, minus every bound value: type, message, stack, cause and the remaining own properties. */
export function serializeError(error: Error, depth = 0): Record<string, unknown> {
  const message = errorMessage(error);
  const out: Record<string, unknown> = {
    type: error.constructor?.name || error.name,
    message,
    stack: error.stack === undefined ? undefined : withoutBoundValues(error.stack.replace(error.message, message)),
  };
  for (const key in error) {
    if (key in out || key === 'cause' || VALUE_PROPERTIES.has(key)) continue;
    out[key] = scrub((error as unknown as Record<string, unknown>)[key], depth + 1);
  }
  if (error.cause instanceof Error) out.cause = depth < MAX_DEPTH ? serializeError(error.cause, depth + 1) : errorMessage(error.cause);
  return out;
}

/** Copies a logged value with every Error in it serialized (copy on write: untouched values are returned as they are). */
function scrub(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return depth < MAX_DEPTH ? serializeError(value, depth) : errorMessage(value);
  if (typeof value === 'string') return withoutBoundValues(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => scrub(v, depth + 1));
    return items.some((v, i) => v !== value[i]) ? items : value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, v] of Object.entries(value)) {
    const s = scrub(v, depth + 1);
    if (s !== v) (copy ??= { ...value })[key] = s;
  }
  return copy ?? value;
}

/**
 * Structured JSON logs; one logger, children carry request or job context. Every argument passes
 * through scrub() first (pino's hook runs before pino takes a message from an error), so no log
 * line holds the bound values of a failed query, however the error was logged.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    base: { service: process.env.DIDTRON_PROCESS ?? 'web' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['*.password', '*.token', '*.secret', '*.apiKey', 'headers.authorization', 'headers.cookie'], censor: '[redacted]' },
    serializers: { err: (value: unknown) => (value instanceof Error ? serializeError(value) : value) },
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        const head = first instanceof Error ? { err: serializeError(first) } : scrub(first);
        return method.apply(this, [head, ...rest.map((a) => scrub(a))] as Parameters<typeof method>);
      },
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

export const logger = createLogger();
