import type { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { config } from '@/lib/config';
import { ValidationError } from '@/lib/errors';
import { IntegrationError, ObjectNotFoundError } from '../errors';
import { callIntegration } from '../wrapper';
import { r2SettingsFromConfig, type R2Settings } from './settings';

/** Multipart part size for uploadStream: memory held per upload is about PART_SIZE * QUEUE_SIZE. */
export const UPLOAD_PART_SIZE = 8 * 1024 * 1024;
export const UPLOAD_QUEUE_SIZE = 2;
/** S3 (and R2) refuse presigned URLs valid for more than 7 days. */
const MAX_SIGNED_URL_SECONDS = 7 * 24 * 3600;
const MAX_KEY_BYTES = 1024;

export type ObjectInfo = {
  key: string;
  contentType: string | undefined;
  contentLength: number | undefined;
  etag: string | undefined;
  lastModified: Date | undefined;
  metadata: Record<string, string>;
};

export type ObjectStream = ObjectInfo & {
  /** The object's bytes. The caller must consume or destroy it, or the connection stays busy. */
  body: Readable;
};

export type PutResult = { key: string; etag: string | undefined; bytes: number };

export type PutOptions = {
  cacheControl?: string;
  contentDisposition?: string;
  /** Stored as x-amz-meta-*; keys are lower-cased by S3. */
  metadata?: Record<string, string>;
};

function assertKey(key: string): void {
  const problems: string[] = [];
  if (!key) problems.push('must not be empty');
  else {
    if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) problems.push(`must be at most ${MAX_KEY_BYTES} bytes`);
    if (key.startsWith('/')) problems.push('must not start with "/"');
    if (key.split('/').some((part) => part === '..' || part === '.')) problems.push('must not contain "." or ".." segments');
    if (/[\u0000-\u001f\u007f]/.test(key)) problems.push('must not contain control characters');
  }
  if (problems.length) throw new ValidationError(problems.map((message) => ({ path: 'key', message })));
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata?.httpStatusCode === 404);
}

/** Our typed error for an S3 failure, from the S3 error name/status only (never the signed request). */
function toIntegrationError(error: unknown, bucket: string, key?: string): unknown {
  if (error instanceof IntegrationError || error instanceof ValidationError) return error;
  if (error instanceof S3ServiceException) {
    const status = error.$metadata?.httpStatusCode;
    if (error.name === 'NoSuchBucket') {
      return new IntegrationError('r2', `Bucket "${bucket}" does not exist`, { upstreamStatus: status, upstreamCode: error.name });
    }
    if (key !== undefined && isNotFound(error)) return new ObjectNotFoundError(key);
    if (key === undefined && status === 404) {
      return new IntegrationError('r2', `Bucket "${bucket}" does not exist`, { upstreamStatus: status, upstreamCode: 'NoSuchBucket' });
    }
    // HEAD responses have no body, so the SDK cannot name the error ("Unknown"); the status still can.
    const named = error.name && error.name !== 'Unknown' && error.message !== 'UnknownError';
    let message = named ? `${error.name}: ${error.message}` : `HTTP ${status ?? '?'} from object storage`;
    if (status === 401 || status === 403) message += ' (access denied: check R2_ACCESS_KEY_ID / R2_SECRET_ACCESS_KEY and the bucket permissions)';
    return new IntegrationError('r2', message, { upstreamStatus: status, upstreamCode: named ? error.name : undefined });
  }
  if (error instanceof Error) {
    const code = (error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code;
    return new IntegrationError('r2', `Object storage unreachable: ${error.message}${code && !error.message.includes(code) ? ` (${code})` : ''}`);
  }
  return new IntegrationError('r2', `Object storage failed: ${String(error)}`);
}

const expectedNotFound = (error: unknown) => error instanceof ObjectNotFoundError;

/**
 * The object store (Cloudflare R2, or any S3-compatible endpoint such as the local fake). Every
 * network call goes through the integration wrapper as integration "r2".
 */
export function createR2Storage(settings: R2Settings) {
  const { bucket } = settings;
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Cloudflare's guidance for R2 with SDK v3 >= 3.729: only send/validate checksums when an
    // operation requires them. The default (CRC32 on every request, aws-chunked streaming uploads
    // with trailing checksums) is not understood by R2's older paths nor by s3rver.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });

  async function run<T>(operation: string, key: string | undefined, fn: () => Promise<T>): Promise<T> {
    return callIntegration(
      'r2',
      operation,
      async () => {
        try {
          return await fn();
        } catch (error) {
          throw toIntegrationError(error, bucket, key);
        }
      },
      { isExpected: expectedNotFound },
    );
  }

  return {
    bucket,

    /** Uploads a small object in one request (use uploadStream for anything large or unbounded). */
    async putObject(key: string, body: Buffer | string, contentType: string, options: PutOptions = {}): Promise<PutResult> {
      assertKey(key);
      const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
      const out = await run('putObject', key, () =>
        client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: body,
            ContentType: contentType,
            ContentLength: bytes,
            CacheControl: options.cacheControl,
            ContentDisposition: options.contentDisposition,
            Metadata: options.metadata,
          }),
        ),
      );
      return { key, etag: out.ETag, bytes };
    },

    /**
     * Streams a body of any size to the store as a multipart upload (8 MiB parts, two in flight),
     * so memory stays bounded; a body smaller than one part becomes a single PUT. On failure the
     * multipart upload is aborted, leaving no orphan parts.
     */
    async uploadStream(key: string, stream: Readable, contentType: string, options: PutOptions & { onProgress?: (bytes: number) => void } = {}): Promise<PutResult> {
      assertKey(key);
      let bytes = 0;
      const out = await run('uploadStream', key, async () => {
        const upload = new Upload({
          client,
          params: {
            Bucket: bucket,
            Key: key,
            Body: stream,
            ContentType: contentType,
            CacheControl: options.cacheControl,
            ContentDisposition: options.contentDisposition,
            Metadata: options.metadata,
          },
          partSize: UPLOAD_PART_SIZE,
          queueSize: UPLOAD_QUEUE_SIZE,
          leavePartsOnError: false,
        });
        upload.on('httpUploadProgress', (progress) => {
          if (progress.loaded !== undefined && progress.loaded > bytes) {
            bytes = progress.loaded;
            options.onProgress?.(bytes);
          }
        });
        return upload.done();
      });
      return { key, etag: out.ETag, bytes };
    },

    /** Opens the object for reading; the recorded latency is the time to the response headers. */
    async getObjectStream(key: string): Promise<ObjectStream> {
      assertKey(key);
      const out = await run('getObject', key, () => client.send(new GetObjectCommand({ Bucket: bucket, Key: key })));
      if (!out.Body) throw new IntegrationError('r2', `Object storage returned no body for ${key}`);
      return {
        key,
        body: out.Body as Readable,
        contentType: out.ContentType,
        contentLength: out.ContentLength,
        etag: out.ETag,
        lastModified: out.LastModified,
        metadata: out.Metadata ?? {},
      };
    },

    async headObject(key: string): Promise<ObjectInfo> {
      assertKey(key);
      const out = await run('headObject', key, () => client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })));
      return {
        key,
        contentType: out.ContentType,
        contentLength: out.ContentLength,
        etag: out.ETag,
        lastModified: out.LastModified,
        metadata: out.Metadata ?? {},
      };
    },

    /** Deletes the object; deleting a key that does not exist succeeds (S3 semantics). */
    async deleteObject(key: string): Promise<void> {
      assertKey(key);
      await run('deleteObject', key, () => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })));
    },

    /**
     * A time-limited GET URL for the object, computed locally (SigV4 presigning, no network call,
     * so not recorded as an integration call: a signature proves nothing about R2's health).
     */
    async signedDownloadUrl(key: string, expiresInSeconds: number, options: { downloadFilename?: string } = {}): Promise<string> {
      assertKey(key);
      if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_SIGNED_URL_SECONDS) {
        throw new ValidationError([{ path: 'expiresInSeconds', message: `must be a whole number of seconds between 1 and ${MAX_SIGNED_URL_SECONDS}` }]);
      }
      const disposition = options.downloadFilename
        ? `attachment; filename="${options.downloadFilename.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(options.downloadFilename)}`
        : undefined;
      return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: disposition }), {
        expiresIn: expiresInSeconds,
      });
    },

    /** Creates the bucket when missing. Sandbox only: production buckets are provisioned in Cloudflare. */
    async ensureBucket(): Promise<{ created: boolean }> {
      if (!config().isSandbox) throw new Error('ensureBucket is sandbox-only: provision the production bucket in Cloudflare');
      return run('ensureBucket', undefined, async () => {
        try {
          await client.send(new HeadBucketCommand({ Bucket: bucket }));
          return { created: false };
        } catch (error) {
          if (!(error instanceof S3ServiceException) || error.$metadata?.httpStatusCode !== 404) throw error;
        }
        try {
          await client.send(new CreateBucketCommand({ Bucket: bucket }));
          return { created: true };
        } catch (error) {
          if (error instanceof S3ServiceException && (error.name === 'BucketAlreadyOwnedByYou' || error.name === 'BucketAlreadyExists')) return { created: false };
          throw error;
        }
      });
    },

    /**
     * HeadBucket: proves the endpoint answers, the credentials are accepted and the bucket exists.
     * Not wrapped: the caller (test-integration-connection) runs it through the wrapper.
     */
    async testConnection(): Promise<{ bucket: string }> {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }));
        return { bucket };
      } catch (error) {
        throw toIntegrationError(error, bucket);
      }
    },

    /** Closes the client's sockets (tests, shutdown). */
    destroy(): void {
      client.destroy();
    },
  };
}

export type R2Storage = ReturnType<typeof createR2Storage>;

// One client for the process, rebuilt only if the settings change (a single entry, not a cache).
let current: { signature: string; storage: R2Storage } | undefined;

/** The storage configured by lib/config (R2 in production, the local fake in sandbox). */
export function r2(): R2Storage {
  const settings = r2SettingsFromConfig();
  const signature = JSON.stringify(settings);
  if (current?.signature !== signature) current = { signature, storage: createR2Storage(settings) };
  return current.storage;
}

export const putObject = (key: string, body: Buffer | string, contentType: string, options?: PutOptions) => r2().putObject(key, body, contentType, options);
export const uploadStream = (key: string, stream: Readable, contentType: string, options?: PutOptions & { onProgress?: (bytes: number) => void }) =>
  r2().uploadStream(key, stream, contentType, options);
export const getObjectStream = (key: string) => r2().getObjectStream(key);
export const headObject = (key: string) => r2().headObject(key);
export const deleteObject = (key: string) => r2().deleteObject(key);
export const signedDownloadUrl = (key: string, expiresInSeconds: number, options?: { downloadFilename?: string }) =>
  r2().signedDownloadUrl(key, expiresInSeconds, options);
export const ensureBucket = () => r2().ensureBucket();
