import { AppError } from '@/lib/errors';

type IntegrationErrorOptions = {
  /** Our HTTP status for the caller (default 502: the upstream system failed us). */
  status?: number;
  /** Our error code for the caller (default integration_error). */
  code?: string;
  /** The external system's HTTP status, when it answered. */
  upstreamStatus?: number;
  /** The external system's own error code (S3 error name, Brevo `code` ...). */
  upstreamCode?: string;
};

/**
 * A failure of an external system, in our own terms. Messages are built by the adapters from the
 * upstream status/code/message only (never from request headers), so they are safe to show and store.
 */
export class IntegrationError extends AppError {
  readonly integration: string;
  readonly upstreamStatus: number | undefined;
  readonly upstreamCode: string | undefined;

  constructor(integration: string, message: string, opts: IntegrationErrorOptions = {}) {
    super(opts.status ?? 502, opts.code ?? 'integration_error', message, {
      integration,
      upstreamStatus: opts.upstreamStatus,
      upstreamCode: opts.upstreamCode,
    });
    this.integration = integration;
    this.upstreamStatus = opts.upstreamStatus;
    this.upstreamCode = opts.upstreamCode;
  }
}

/** A required setting is missing, so the call was not attempted. */
export class IntegrationNotConfiguredError extends IntegrationError {
  constructor(integration: string, message: string) {
    super(integration, message, { status: 503, code: 'integration_not_configured' });
  }
}

/** The object store answered that the key does not exist. */
export class ObjectNotFoundError extends IntegrationError {
  readonly key: string;

  constructor(key: string) {
    super('r2', `Object not found: ${key}`, { status: 404, code: 'not_found', upstreamStatus: 404, upstreamCode: 'NoSuchKey' });
    this.key = key;
  }
}
