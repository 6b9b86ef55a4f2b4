import path from 'node:path';
import { SANDBOX_FAKES } from '../lib/config';
import { choosePort } from '../lib/net/ports';
import { startFakeBrevo } from './brevo/server';
import { startFakeConnexcs, type FakeConnexcs } from './connexcs/server';
import { startFakeDns } from './dns/server';
import { startFakeS3 } from './s3/server';

export type StartedFakes = {
  /** Settings to give the app (they point every adapter at the fakes). */
  env: {
    R2_ENDPOINT: string;
    R2_BUCKET: string;
    R2_ACCESS_KEY_ID: string;
    R2_SECRET_ACCESS_KEY: string;
    R2_REGION: string;
    BREVO_API_URL: string;
    BREVO_API_KEY: string;
    DNS_RESOLVER: string;
    /** Only when the fake ConnexCS runs (it needs a database). */
    CONNEXCS_API_URL?: string;
    CONNEXCS_USERNAME?: string;
    CONNEXCS_PASSWORD?: string;
  };
  /** Origin of the fake Brevo, for its /__fake/messages inspection endpoints. */
  brevoOrigin: string;
  /** Origin of the fake DNS server's /__fake/records control endpoints. */
  dnsOrigin: string;
  /** Origin of the fake ConnexCS's /__fake control endpoints (when it runs). */
  connexcsOrigin?: string;
  close: () => Promise<void>;
};

const defaultPort = (url: string) => Number(new URL(url).port);

/**
 * Starts every local fake server on loopback (sandbox launcher, test setup). A port given in
 * `ports` must be free (0: any free port), else a PortInUseError names its setting; an omitted one
 * is the sandbox default of lib/config (S3 4568, Brevo 4590, DNS 4553, ConnexCS 4595) when free, so that an app started
 * without these env vars still finds them, and any free port when a second sandbox holds it.
 * The fake ConnexCS keeps its state in PostgreSQL (schema fake_connexcs): it starts only when
 * `databaseUrl` (an owner connection: it creates its schema) is given.
 */
export async function startFakes(options: {
  dataDir: string;
  ports?: { s3?: number; brevo?: number; dns?: number; connexcs?: number };
  bucket?: string;
  databaseUrl?: string;
  connexcsCps?: number;
}): Promise<StartedFakes> {
  const bucket = options.bucket ?? SANDBOX_FAKES.r2Bucket;
  const s3Port = await choosePort({ configured: options.ports?.s3, preferred: defaultPort(SANDBOX_FAKES.r2Endpoint), variable: 'FAKE_S3_PORT' });
  const brevoPort = await choosePort({ configured: options.ports?.brevo, preferred: defaultPort(SANDBOX_FAKES.brevoApiUrl), variable: 'FAKE_BREVO_PORT' });
  const dnsPort = await choosePort({ configured: options.ports?.dns, preferred: Number(SANDBOX_FAKES.dnsResolver.split(':')[1]), variable: 'FAKE_DNS_PORT' });
  const s3 = await startFakeS3({ port: s3Port, dir: path.resolve(options.dataDir, 's3'), buckets: [bucket] });
  let brevo;
  try {
    brevo = await startFakeBrevo({ port: brevoPort, apiKeys: [SANDBOX_FAKES.brevoApiKey] });
  } catch (error) {
    await s3.close().catch(() => {});
    throw error;
  }
  let dns;
  try {
    dns = await startFakeDns({ port: dnsPort });
  } catch (error) {
    await Promise.allSettled([s3.close(), brevo.close()]);
    throw error;
  }
  let connexcs: FakeConnexcs | undefined;
  if (options.databaseUrl) {
    try {
      const port = await choosePort({ configured: options.ports?.connexcs, preferred: defaultPort(SANDBOX_FAKES.connexcsApiUrl), variable: 'FAKE_CONNEXCS_PORT' });
      connexcs = await startFakeConnexcs({
        databaseUrl: options.databaseUrl,
        port,
        username: SANDBOX_FAKES.connexcsUsername,
        password: SANDBOX_FAKES.connexcsPassword,
        liveCps: options.connexcsCps ?? 0,
      });
    } catch (error) {
      await Promise.allSettled([s3.close(), brevo.close(), dns.close()]);
      throw error;
    }
  }
  return {
    env: {
      R2_ENDPOINT: s3.endpoint,
      R2_BUCKET: bucket,
      R2_ACCESS_KEY_ID: SANDBOX_FAKES.r2AccessKey,
      R2_SECRET_ACCESS_KEY: SANDBOX_FAKES.r2AccessKey,
      R2_REGION: 'auto',
      BREVO_API_URL: brevo.apiUrl,
      BREVO_API_KEY: SANDBOX_FAKES.brevoApiKey,
      DNS_RESOLVER: dns.server,
      ...(connexcs
        ? { CONNEXCS_API_URL: connexcs.apiUrl, CONNEXCS_USERNAME: SANDBOX_FAKES.connexcsUsername, CONNEXCS_PASSWORD: SANDBOX_FAKES.connexcsPassword }
        : {}),
    },
    brevoOrigin: brevo.origin,
    dnsOrigin: dns.origin,
    connexcsOrigin: connexcs?.origin,
    close: async () => {
      await Promise.allSettled([s3.close(), brevo.close(), dns.close(), ...(connexcs ? [connexcs.close()] : [])]);
    },
  };
}
