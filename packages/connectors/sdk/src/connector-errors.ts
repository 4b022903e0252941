/**
 * The only errors a connector may throw. Callers decide by `kind`:
 * retry (transient, rate_limited), reconcile (outcome_unknown), ask the user (auth_expired,
 * content_rejected), or take another path (not_supported, not_found).
 */
import { AppError } from '@resonance/kernel';
import type { ContentFinding } from './content-rules.types.js';

export const CONNECTOR_ERROR_KINDS = [
  'auth_expired',
  'rate_limited',
  'content_rejected',
  'transient',
  'outcome_unknown',
  'not_supported',
  'not_found',
] as const;
export type ConnectorErrorKind = (typeof CONNECTOR_ERROR_KINDS)[number];

const STATUS: Record<ConnectorErrorKind, number> = {
  auth_expired: 502,
  rate_limited: 503,
  content_rejected: 422,
  transient: 502,
  outcome_unknown: 502,
  not_supported: 501,
  not_found: 404,
};

export interface ConnectorErrorOptions {
  cause?: unknown;
  details?: Record<string, unknown>;
}

export abstract class ConnectorError extends AppError {
  abstract readonly kind: ConnectorErrorKind;

  protected constructor(kind: ConnectorErrorKind, message: string, options: ConnectorErrorOptions = {}) {
    super(`connector_${kind}`, message, STATUS[kind], options.details);
    this.name = 'ConnectorError';
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The stored tokens no longer work; the user must reconnect (or refreshToken must run). */
export class AuthExpiredError extends ConnectorError {
  readonly kind = 'auth_expired' as const;
  constructor(message = 'The platform rejected the stored credentials', options?: ConnectorErrorOptions) {
    super('auth_expired', message, options);
  }
}

export class RateLimitError extends ConnectorError {
  readonly kind = 'rate_limited' as const;
  constructor(readonly retryAfterSeconds: number, message = 'The platform is rate limiting us', options?: ConnectorErrorOptions) {
    super('rate_limited', message, { ...options, details: { retryAfterSeconds, ...options?.details } });
  }
}

export class ContentRejectedError extends ConnectorError {
  readonly kind = 'content_rejected' as const;
  constructor(readonly reasons: ContentFinding[], message?: string, options?: ConnectorErrorOptions) {
    super('content_rejected', message ?? (reasons.map((r) => r.message).join('; ') || 'Content rejected'), {
      ...options,
      details: { reasons, ...options?.details },
    });
  }
}

/** Nothing happened on the platform (timeout before sending, 5xx on a read): safe to retry. */
export class TransientError extends ConnectorError {
  readonly kind = 'transient' as const;
  constructor(message = 'Temporary platform failure', options?: ConnectorErrorOptions) {
    super('transient', message, options);
  }
}

/** A write may or may not have happened (timeout after sending). Reconcile, never blindly retry. */
export class OutcomeUnknownError extends ConnectorError {
  readonly kind = 'outcome_unknown' as const;
  constructor(message = 'The platform did not confirm the outcome', options?: ConnectorErrorOptions) {
    super('outcome_unknown', message, options);
  }
}

export class NotSupportedError extends ConnectorError {
  readonly kind = 'not_supported' as const;
  constructor(operation: string, options?: ConnectorErrorOptions) {
    super('not_supported', `This platform does not support ${operation}`, options);
  }
}

/** The remote object does not exist (never did, or was deleted). */
export class RemoteNotFoundError extends ConnectorError {
  readonly kind = 'not_found' as const;
  constructor(what = 'remote object', options?: ConnectorErrorOptions) {
    super('not_found', `${what} not found on the platform`, options);
  }
}

export function isConnectorError(err: unknown): err is ConnectorError {
  return err instanceof ConnectorError && (CONNECTOR_ERROR_KINDS as readonly string[]).includes(err.kind);
}

/** Transient failures and rate limits are retryable; an unknown outcome is not (reconcile first). */
export function isRetryable(err: unknown): boolean {
  return isConnectorError(err) && (err.kind === 'transient' || err.kind === 'rate_limited');
}
