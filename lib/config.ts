import { z } from 'zod';

/**
 * The one validated configuration. Every setting the app reads comes through here.
 * Sandbox mode runs on embedded defaults (embedded PostgreSQL, loopback fakes, a development actor);
 * production mode refuses to start on anything missing or fake and names the variable.
 */

/**
 * Where the local fake servers listen by default (fakes/start-fakes.ts uses the same values).
 * s3rver only knows its built-in account, whose key id and secret are both "S3RVER".
 */
export const SANDBOX_FAKES = {
  r2Endpoint: 'http://127.0.0.1:4568',
  r2Bucket: 'didtron-sandbox',
  r2AccessKey: 'S3RVER',
  brevoApiUrl: 'http://127.0.0.1:4590/v3',
  brevoApiKey: 'sandbox-fake-brevo-key',
  // Not 5353: that is mDNS, which avahi and others already hold on many machines.
  dnsResolver: '127.0.0.1:4553',
  connexcsApiUrl: 'http://127.0.0.1:4595/api/cp',
  connexcsUsername: 'sandbox',
  connexcsPassword: 'sandbox-fake-connexcs-password',
} as const;

const CONNEXCS_PRODUCTION_API_URL = 'https://app.connexcs.com/api/cp';

const BREVO_PRODUCTION_API_URL = 'https://api.brevo.com/v3';
const MAILBOX = /^(?:([^<>]*?)\s*<([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>|([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+))$/;

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  APP_MODE: z.enum(['sandbox', 'production']).default('sandbox'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ROOT_DOMAIN: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().positive().max(65535).default(3000),
  /** Address the web server listens on; unset: loopback in sandbox (its demo secrets are public), every interface in production. */
  HOST: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.:-]{0,253}$/, 'must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0')
    .optional(),
  PUBLIC_SCHEME: z.enum(['http', 'https']).default('http'),
  DATABASE_URL: z.url().optional(),
  DATABASE_APP_URL: z.url().optional(),
  APP_DB_PASSWORD: z.string().min(12).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().default('.data/pg'),
  // Ports of the local fake servers (sandbox launcher); unset: the default port if free, else any free one.
  FAKE_S3_PORT: z.coerce.number().int().positive().max(65535).optional(),
  FAKE_BREVO_PORT: z.coerce.number().int().positive().max(65535).optional(),
  FAKE_DNS_PORT: z.coerce.number().int().positive().max(65535).optional(),
  FAKE_CONNEXCS_PORT: z.coerce.number().int().positive().max(65535).optional(),
  /** Live calls per second the sandbox's fake ConnexCS generates for what was pushed to it (0: off). */
  FAKE_CONNEXCS_CPS: z.coerce.number().int().min(0).max(2000).default(0),
  // The ConnexCS softswitch (lib/integrations/connexcs): Basic auth, or JWT (refresh -> access tokens).
  CONNEXCS_API_URL: z.url().optional(),
  CONNEXCS_AUTH: z.enum(['jwt', 'basic']).default('jwt'),
  CONNEXCS_USERNAME: z.string().min(1).max(200).optional(),
  CONNEXCS_PASSWORD: z.string().min(1).max(500).optional(),
  /** A refresh token minted in ConnexCS (Setup > Integrations > JWT Keys), instead of username/password. */
  CONNEXCS_REFRESH_TOKEN: z.string().min(20).max(4000).optional(),
  CONNEXCS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(15_000),
  TRUSTED_PROXY: bool,
  /**
   * With TRUSTED_PROXY: how many proxies of ours each append to X-Forwarded-For (a load balancer in
   * front of the web servers is 1). The client is the entry this many hops from the right.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  DEV_ACTOR: z.enum(['super_admin', 'none']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  // Object storage (Cloudflare R2 or any S3-compatible endpoint); sandbox defaults reach the local fake.
  R2_ENDPOINT: z.url().default(SANDBOX_FAKES.r2Endpoint),
  R2_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be 3-63 lowercase letters, digits, dots or hyphens')
    .default(SANDBOX_FAKES.r2Bucket),
  R2_ACCESS_KEY_ID: z.string().min(1).default(SANDBOX_FAKES.r2AccessKey),
  R2_SECRET_ACCESS_KEY: z.string().min(1).default(SANDBOX_FAKES.r2AccessKey),
  R2_REGION: z.string().min(1).default('auto'),
  // Transactional email (Brevo API v3).
  BREVO_API_URL: z.url().optional(),
  BREVO_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z
    .string()
    .regex(MAILBOX, 'must be "Name <address@domain>" or "address@domain"')
    .default('DIDTron <no-reply@didtron.localhost>'),
  // The address resellers' emails fall back to while their own sender is not verified (with the
  // reseller's name as display name). Best on a brand-neutral sending domain; unset: EMAIL_FROM's address.
  RESELLER_EMAIL_FROM: z
    .string()
    .regex(MAILBOX, 'must be "address@domain" (a display name here is ignored)')
    .optional(),
  // Redis (lib/redis): Upstash REST in production; unset outside production, the Postgres-backed port serves.
  UPSTASH_REDIS_REST_URL: z.url().optional(),
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('didtron:'),
  // Identity (lib/auth): signs session cookies and tokens and encrypts 2FA secrets (a per-tenant key is derived from it).
  BETTER_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Jobs and cron (jobs/, lib/jobs). /api/cron/<job> accepts a QStash signature (both keys, for
  // rotation) or `Authorization: Bearer <CRON_SECRET>` (self-hosting, the local scheduler).
  CRON_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  QSTASH_CURRENT_SIGNING_KEY: z.string().min(1).optional(),
  QSTASH_NEXT_SIGNING_KEY: z.string().min(1).optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** A worker whose heartbeat is older than this has died: its job is reclaimed. */
  JOB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  /** Runs the job catalog's schedules inside the worker process; defaults to on in sandbox, off in production. */
  LOCAL_SCHEDULER: z.enum(['true', 'false', '1', '0']).optional(),
  // System Status (lib/monitoring): where warning and critical alerts are emailed (through Brevo).
  OPS_ALERT_EMAIL: z.email().default('ops@didtron.localhost'),
  // DNS servers for custom-domain verification: "ip[:port]" or "[ipv6]:port", comma-separated, or
  // "system" (the host's resolvers). Unset: the system resolvers in production, the fake in sandbox.
  DNS_RESOLVER: z.string().trim().optional(),
});

export type Config = z.infer<typeof schema> & {
  /** The owner connection (migrations). */
  databaseUrl: string | undefined;
  /** The application connection: a role that owns no tables and cannot bypass RLS. */
  databaseAppUrl: string | undefined;
  appDbPassword: string;
  devActor: 'super_admin' | 'none';
  /** Better Auth's root secret; the public sandbox default outside production. */
  betterAuthSecret: string;
  isSandbox: boolean;
  brevoApiUrl: string;
  /** Undefined only outside sandbox when unset, which production refuses. */
  brevoApiKey: string | undefined;
  /** ConnexCS: auth is undefined when no credentials are set (the integration reports "not configured"). */
  connexcs: {
    apiUrl: string;
    auth:
      | { kind: 'basic'; username: string; password: string }
      | { kind: 'jwt'; username?: string; password?: string; refreshToken?: string }
      | undefined;
    timeoutMs: number;
  };
  emailFrom: { name: string; email: string };
  /** RESELLER_EMAIL_FROM's address, else EMAIL_FROM's (lib/tenancy/email-sender.ts). */
  resellerFallbackEmail: string;
  /** The shared secret of /api/cron/<job>; a public default in sandbox, undefined when unset outside it. */
  cronSecret: string | undefined;
  /** QStash signing keys, present only when both are set. */
  qstash: { currentSigningKey: string; nextSigningKey: string } | undefined;
  localScheduler: boolean;
  /** DNS servers for node:dns `Resolver.setServers`; null: the system resolvers. */
  dnsServers: string[] | null;
  /** Where the web server listens (HOST, else the mode's default). */
  bindHost: string;
  /** Whether bindHost keeps the server on this machine. */
  bindsLoopbackOnly: boolean;
  /** The address this machine's own processes use to reach the web server (health check, local scheduler). */
  localWebHost: string;
};

/** Public, so sandbox-only: production refuses it. */
export const SANDBOX_CRON_SECRET = 'sandbox-cron-secret-not-for-production';

/** Public, so sandbox-only: production refuses it. */
export const SANDBOX_BETTER_AUTH_SECRET = 'sandbox-better-auth-secret-not-for-production';

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
    // Opt-in only: with real sessions, even the sandbox signs in (the seed prints demo accounts).
    devActor: c.DEV_ACTOR ?? 'none',
    betterAuthSecret: c.BETTER_AUTH_SECRET ?? SANDBOX_BETTER_AUTH_SECRET,
    isSandbox,
    brevoApiUrl: (c.BREVO_API_URL ?? (isSandbox ? SANDBOX_FAKES.brevoApiUrl : BREVO_PRODUCTION_API_URL)).replace(/\/+$/, ''),
    brevoApiKey: c.BREVO_API_KEY ?? (isSandbox ? SANDBOX_FAKES.brevoApiKey : undefined),
    connexcs: connexcsSettings(c, isSandbox),
    emailFrom: parseMailbox(c.EMAIL_FROM),
    resellerFallbackEmail: parseMailbox(c.RESELLER_EMAIL_FROM ?? c.EMAIL_FROM).email,
    cronSecret: c.CRON_SECRET ?? (isSandbox ? SANDBOX_CRON_SECRET : undefined),
    qstash:
      c.QSTASH_CURRENT_SIGNING_KEY && c.QSTASH_NEXT_SIGNING_KEY
        ? { currentSigningKey: c.QSTASH_CURRENT_SIGNING_KEY, nextSigningKey: c.QSTASH_NEXT_SIGNING_KEY }
        : undefined,
    localScheduler: c.LOCAL_SCHEDULER === undefined ? isSandbox : c.LOCAL_SCHEDULER === 'true' || c.LOCAL_SCHEDULER === '1',
    dnsServers: parseDnsServers(c.DNS_RESOLVER || (isSandbox ? SANDBOX_FAKES.dnsResolver : 'system')),
    ...bindAddresses(c.HOST, isSandbox),
  };
  if (!c.QSTASH_CURRENT_SIGNING_KEY !== !c.QSTASH_NEXT_SIGNING_KEY) {
    // Half a key pair is a mistake (QStash rotates between the two); quietly ignoring it would hide it.
    throw new ConfigError([`${c.QSTASH_CURRENT_SIGNING_KEY ? 'QSTASH_NEXT_SIGNING_KEY' : 'QSTASH_CURRENT_SIGNING_KEY'} is not set, but its pair is: set both QStash signing keys, or neither`]);
  }
  if (!isSandbox) assertProductionReady(config, env);
  return config;
}

function connexcsSettings(c: z.infer<typeof schema>, isSandbox: boolean): Config['connexcs'] {
  const username = c.CONNEXCS_USERNAME ?? (isSandbox && !c.CONNEXCS_REFRESH_TOKEN ? SANDBOX_FAKES.connexcsUsername : undefined);
  const password = c.CONNEXCS_PASSWORD ?? (isSandbox && !c.CONNEXCS_REFRESH_TOKEN ? SANDBOX_FAKES.connexcsPassword : undefined);
  let auth: Config['connexcs']['auth'];
  if (c.CONNEXCS_AUTH === 'basic') auth = username && password ? { kind: 'basic', username, password } : undefined;
  else if (c.CONNEXCS_REFRESH_TOKEN || (username && password)) auth = { kind: 'jwt', username, password, refreshToken: c.CONNEXCS_REFRESH_TOKEN };
  return {
    apiUrl: (c.CONNEXCS_API_URL ?? (isSandbox ? SANDBOX_FAKES.connexcsApiUrl : CONNEXCS_PRODUCTION_API_URL)).replace(/\/+$/, ''),
    auth,
    timeoutMs: c.CONNEXCS_TIMEOUT_MS,
  };
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$|\.localhost$/i;

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();

/**
 * DNS_RESOLVER as node:dns `setServers` takes it: "system" is null (the host's resolvers); each
 * server is an IP address with an optional port ("1.1.1.1", "127.0.0.1:4553", "[::1]:4553"), since
 * a resolver is reached by address (a host name would need a resolver itself).
 */
export function parseDnsServers(value: string): string[] | null {
  if (value.trim().toLowerCase() === 'system') return null;
  const servers = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = servers.filter((s) => {
    const m = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(s) ?? /^([^:]+)(?::(\d{1,5}))?$/.exec(s);
    const host = m?.[1] ?? s;
    const port = m?.[2] === undefined ? 53 : Number(m[2]);
    const ipOk = m ? (s.startsWith('[') ? ipv6.safeParse(host).success : ipv4.safeParse(host).success) : ipv6.safeParse(s).success;
    return !ipOk || port < 1 || port > 65535;
  });
  if (servers.length === 0 || bad.length) {
    throw new ConfigError([`DNS_RESOLVER: expected "system" or IP addresses with optional ports ("1.1.1.1", "127.0.0.1:4553", "[::1]:53"), got ${JSON.stringify(bad[0] ?? value).slice(0, 120)}`]);
  }
  return servers;
}

/** The address part of one DNS_RESOLVER entry ("[::1]:53" -> "::1"). */
function dnsServerHost(server: string): string {
  return /^\[([^\]]+)\]/.exec(server)?.[1] ?? (ipv6.safeParse(server).success ? server : server.replace(/:\d+$/, ''));
}

/** 127/8, 0.0.0.0 and ::1 in any spelling (also IPv4-mapped): a resolver on this very machine. */
export function isLoopbackDnsServer(server: string): boolean {
  const host = dnsServerHost(server).toLowerCase();
  return /^127\./.test(host) || host === '0.0.0.0' || /^(?:0*:)+0*1$/.test(host) || /^::ffff:(?:127\.|7f)/.test(host) || host === '::';
}

/**
 * The sandbox serves its fake mail (every tenant's reset links), public demo passwords and a public
 * cron secret: it listens on loopback unless HOST widens it. Production listens everywhere by
 * default (behind its load balancer).
 */
export function bindAddresses(host: string | undefined, isSandbox: boolean): Pick<Config, 'bindHost' | 'bindsLoopbackOnly' | 'localWebHost'> {
  const bindHost = host || (isSandbox ? '127.0.0.1' : '0.0.0.0');
  const wildcard = bindHost === '0.0.0.0' || bindHost === '::' || bindHost === '[::]';
  return {
    bindHost,
    bindsLoopbackOnly: LOOPBACK.test(bindHost),
    localWebHost: wildcard ? '127.0.0.1' : bindHost,
  };
}

/** Production refuses embedded defaults, fakes and the development actor, naming each variable. */
function assertProductionReady(c: Config, env: Record<string, string | undefined>) {
  const problems: string[] = [];
  if (!env.DATABASE_URL) problems.push('DATABASE_URL is required in production (embedded PostgreSQL is sandbox-only)');
  if (!env.APP_DB_PASSWORD) problems.push('APP_DB_PASSWORD is required in production (the sandbox default is public)');
  if (LOOPBACK.test(c.ROOT_DOMAIN)) problems.push(`ROOT_DOMAIN must be a real domain in production, got "${c.ROOT_DOMAIN}"`);
  if (c.PUBLIC_SCHEME !== 'https') problems.push('PUBLIC_SCHEME must be https in production');
  if (c.devActor !== 'none') problems.push('DEV_ACTOR must not be set in production: the development actor bypasses sign-in');
  if (!env.BETTER_AUTH_SECRET) problems.push('BETTER_AUTH_SECRET is required in production (a random secret of at least 32 characters, e.g. `openssl rand -base64 32`)');
  else if (env.BETTER_AUTH_SECRET === SANDBOX_BETTER_AUTH_SECRET) problems.push('BETTER_AUTH_SECRET holds the public sandbox default; set a random secret of at least 32 characters');
  for (const key of ['R2_ENDPOINT', 'R2_BUCKET', 'R2_ACCESS_KEY_ID', 'R2_SECRET_ACCESS_KEY', 'BREVO_API_KEY', 'EMAIL_FROM'] as const) {
    if (!env[key]) problems.push(`${key} is required in production (its sandbox default serves the local fake)`);
  }
  if (env.R2_ACCESS_KEY_ID === SANDBOX_FAKES.r2AccessKey || env.R2_SECRET_ACCESS_KEY === SANDBOX_FAKES.r2AccessKey) {
    problems.push('R2_ACCESS_KEY_ID / R2_SECRET_ACCESS_KEY hold the local fake S3 credentials; set the real R2 keys');
  }
  if (env.CONNEXCS_PASSWORD === SANDBOX_FAKES.connexcsPassword) problems.push('CONNEXCS_PASSWORD holds the local fake ConnexCS password; set the real API user password');
  if (env.CONNEXCS_AUTH === 'basic' && (!env.CONNEXCS_USERNAME || !env.CONNEXCS_PASSWORD)) problems.push('CONNEXCS_AUTH=basic needs CONNEXCS_USERNAME and CONNEXCS_PASSWORD');
  if (env.BREVO_API_KEY === SANDBOX_FAKES.brevoApiKey) problems.push('BREVO_API_KEY holds the local fake key; set the real Brevo API key');
  if (LOOPBACK.test(c.emailFrom.email.split('@')[1] ?? '')) problems.push(`EMAIL_FROM must use a real sending domain in production, got "${c.emailFrom.email}"`);
  for (const key of ['UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN'] as const) {
    if (!env[key]) problems.push(`${key} is required in production (the Postgres-backed Redis port is sandbox-only)`);
  }
  if (c.UPSTASH_REDIS_REST_URL && LOOPBACK.test(new URL(c.UPSTASH_REDIS_REST_URL).hostname)) {
    problems.push(`UPSTASH_REDIS_REST_URL points at a local server (${c.UPSTASH_REDIS_REST_URL}); set the Upstash endpoint`);
  }
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
  if (!c.qstash && !env.CRON_SECRET) {
    problems.push('QSTASH_CURRENT_SIGNING_KEY and QSTASH_NEXT_SIGNING_KEY (or, self-hosting, CRON_SECRET) are required in production: /api/cron/<job> must be able to authenticate its caller');
  }
  if (env.CRON_SECRET === SANDBOX_CRON_SECRET) problems.push('CRON_SECRET holds the public sandbox default; set a random secret of at least 32 characters');
  else if (env.CRON_SECRET && env.CRON_SECRET.length < 32) problems.push('CRON_SECRET must be at least 32 characters in production');
  const loopbackDns = c.dnsServers?.find(isLoopbackDnsServer);
  if (loopbackDns) {
    problems.push(`DNS_RESOLVER names a local DNS server (${loopbackDns}), the sandbox's fake DNS; leave it unset to use the system resolvers, or name real ones`);
  }
  if (!env.OPS_ALERT_EMAIL) problems.push('OPS_ALERT_EMAIL is required in production (where warning and critical platform alerts are emailed)');
  else if (LOOPBACK.test(c.OPS_ALERT_EMAIL.split('@')[1] ?? '')) problems.push(`OPS_ALERT_EMAIL must be a real mailbox in production, got "${c.OPS_ALERT_EMAIL}"`);
  if (problems.length) throw new ConfigError(problems);
}

/** "Name <address>" or a bare address (the schema has already checked the shape). */
function parseMailbox(value: string): { name: string; email: string } {
  const m = MAILBOX.exec(value.trim());
  const email = (m?.[2] ?? m?.[3] ?? value).trim();
  return { name: (m?.[1] ?? '').trim().replace(/^"(.*)"$/, '$1'), email };
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
  try {
    // The resolver custom domains are verified against: a loopback one is the fake DNS provider.
    if (env.DNS_RESOLVER && parseDnsServers(env.DNS_RESOLVER)?.some(isLoopbackDnsServer)) fakes.push('dns');
  } catch {
    /* reported by parseConfig */
  }
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
