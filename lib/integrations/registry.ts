import { config } from '@/lib/config';
import { brevo } from './brevo/client';
import { connexcs } from './connexcs/client';
import { integrationNames, type IntegrationName } from './names';
import { r2 } from './r2/storage';

type Definition = {
  label: string;
  description: string;
  /** Every setting the adapter needs has a value (sandbox defaults count). */
  isConfigured: () => boolean;
  /** The URL the adapter talks to; loopback means a local fake server. */
  endpoint: () => string;
  /** A cheap, read-only request proving reachability and credentials. Unwrapped: callers wrap it. */
  testConnection: () => Promise<unknown>;
};

/**
 * Every external system the platform talks to, one per name in names.ts (a name without a
 * definition does not compile). Adding one makes it appear on the health page.
 */
const definitions = {
  r2: {
    label: 'Cloudflare R2',
    description: 'Object storage: imports, exports, recordings, voicemail, KYC documents, invoices',
    isConfigured: () => {
      const c = config();
      return Boolean(c.R2_ENDPOINT && c.R2_BUCKET && c.R2_ACCESS_KEY_ID && c.R2_SECRET_ACCESS_KEY);
    },
    endpoint: () => config().R2_ENDPOINT,
    testConnection: () => r2().testConnection(),
  },
  brevo: {
    label: 'Brevo',
    description: 'Transactional email: verification, password reset, notifications',
    isConfigured: () => Boolean(config().brevoApiKey),
    endpoint: () => config().brevoApiUrl,
    testConnection: () => brevo().testConnection(),
  },
  connexcs: {
    label: 'ConnexCS',
    description: 'Class 4 softswitch: customers, carriers, IP auth, rate cards, balances, DIDs, CDRs and statistics',
    isConfigured: () => Boolean(config().connexcs.auth),
    endpoint: () => config().connexcs.apiUrl,
    testConnection: () => connexcs().testConnection(),
  },
} satisfies Record<IntegrationName, Definition>;

export type IntegrationInfo = {
  key: IntegrationName;
  label: string;
  description: string;
  configured: boolean;
  /** True when the endpoint is a local fake server on loopback (drives the sandbox banner). */
  usesFake: boolean;
  testConnection: () => Promise<unknown>;
};

const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$|\.localhost$/i;

export function isLoopbackUrl(value: string): boolean {
  try {
    return LOOPBACK_HOST.test(new URL(value).hostname);
  } catch {
    return false;
  }
}

export function getIntegration(key: IntegrationName): IntegrationInfo {
  const d: Definition = definitions[key];
  return {
    key,
    label: d.label,
    description: d.description,
    configured: d.isConfigured(),
    usesFake: isLoopbackUrl(d.endpoint()),
    testConnection: d.testConnection,
  };
}

export function listIntegrations(): IntegrationInfo[] {
  return integrationNames.map(getIntegration);
}
