import { z } from 'zod';

/**
 * The one validated configuration. Every setting the app reads comes through here.
 * Sandbox mode runs on embedded defaults (embedded PostgreSQL, loopback fakes, a development actor);
 * production mode refuses to start on anything missing or fake and names the variable.
 */

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  APP_MODE: z.enum(['sandbox', 'production']).default('sandbox'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ROOT_DOMAIN: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().positive().default(3000),
  PUBLIC_SCHEME: z.enum(['http', 'https']).default('http'),
  DATABASE_URL: z.url().optional(),
  DATABASE_APP_URL: z.url().optional(),
  APP_DB_PASSWORD: z.string().min(12).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54329),
  EMBEDDED_PG_DIR: z.string().default('.data/pg'),
  TRUSTED_PROXY: bool,
  DEV_ACTOR: z.enum(['super_admin', 'none']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
});

export type Config = z.infer<typeof schema> & {
  /** The owner connection (migrations). */
  databaseUrl: string | undefined;
  /** The application connection: a role that owns no tables and cannot bypass RLS. */
  databaseAppUrl: string | undefined;
  appDbPassword: string;
  devActor: 'super_admin' | 'none';
  isSandbox: boolean;
};

const SANDBOX_APP_DB_PASSWORD = 'sandbox-app-role-password';

/** Derives the app-role URL from the owner URL: same host and database, another user. */
export function deriveAppUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = 'didtron_app';
  url.password = password;
  return url.toString();
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const isSandbox = c.APP_MODE === 'sandbox';
  const appDbPassword = c.APP_DB_PASSWORD ?? SANDBOX_APP_DB_PASSWORD;
  const config: Config = {
    ...c,
    databaseUrl: c.DATABASE_URL,
    databaseAppUrl: c.DATABASE_APP_URL ?? (c.DATABASE_URL ? deriveAppUrl(c.DATABASE_URL, appDbPassword) : undefined),
    appDbPassword,
    devActor: c.DEV_ACTOR ?? (isSandbox ? 'super_admin' : 'none'),
    isSandbox,
  };
  if (!isSandbox) assertProductionReady(config, env);
  return config;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$|\.localhost$/i;

/** Production refuses embedded defaults, fakes and the development actor, naming each variable. */
function assertProductionReady(c: Config, env: Record<string, string | undefined>) {
  const problems: string[] = [];
  if (!env.DATABASE_URL) problems.push('DATABASE_URL is required in production (embedded PostgreSQL is sandbox-only)');
  if (!env.APP_DB_PASSWORD) problems.push('APP_DB_PASSWORD is required in production (the sandbox default is public)');
  if (LOOPBACK.test(c.ROOT_DOMAIN)) problems.push(`ROOT_DOMAIN must be a real domain in production, got "${c.ROOT_DOMAIN}"`);
  if (c.PUBLIC_SCHEME !== 'https') problems.push('PUBLIC_SCHEME must be https in production');
  if (c.devActor !== 'none') problems.push('DEV_ACTOR must not be set in production: the development actor bypasses sign-in');
  for (const [key, value] of Object.entries(env)) {
    // Every external system's URL setting ends in _API_URL / _ENDPOINT; a loopback one is a fake server.
    if (value && /(_API_URL|_ENDPOINT|_BASE_URL)$/.test(key)) {
      try {
        if (LOOPBACK.test(new URL(value).hostname)) problems.push(`${key} points at a local fake server (${value}); set the real endpoint`);
      } catch {
        problems.push(`${key} is not a URL`);
      }
    }
  }
  if (problems.length) throw new ConfigError(problems);
}

let cached: Config | undefined;

/** The process configuration, parsed once. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Names of the external systems currently served by a local fake (drives the sandbox banner). */
export function fakesInUse(env: Record<string, string | undefined> = process.env): string[] {
  const fakes: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    if (!value || !/(_API_URL|_ENDPOINT|_BASE_URL)$/.test(key)) continue;
    try {
      if (LOOPBACK.test(new URL(value).hostname)) fakes.push(key.replace(/_(API_URL|ENDPOINT|BASE_URL)$/, '').toLowerCase());
    } catch {
      /* reported by parseConfig in production */
    }
  }
  return fakes.sort();
}
