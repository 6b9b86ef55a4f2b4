import fs from 'node:fs';
import S3rver from 's3rver';

export type FakeS3 = {
  /** S3 endpoint for the SDK (path-style), e.g. http://127.0.0.1:4568 */
  endpoint: string;
  port: number;
  close: () => Promise<void>;
};

/**
 * A local S3-compatible server (s3rver) standing in for Cloudflare R2: same HTTP protocol, objects
 * kept as files under `dir`. It knows one account, access key id and secret both "S3RVER", and does
 * not verify SigV4 signatures (so presigned-URL expiry is not enforced here).
 */
export async function startFakeS3(options: { port?: number; dir: string; host?: string; buckets?: string[] }): Promise<FakeS3> {
  const host = options.host ?? '127.0.0.1';
  fs.mkdirSync(options.dir, { recursive: true });
  const server = new S3rver({
    address: host,
    port: options.port ?? 0,
    directory: options.dir,
    silent: true,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name, configs: [] })),
  });
  const address = await server.run();
  return {
    endpoint: `http://${host}:${address.port}`,
    port: address.port,
    close: () => server.close(),
  };
}
