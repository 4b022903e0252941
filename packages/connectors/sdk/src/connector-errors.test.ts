import { AppError } from '@resonance/kernel';
import { describe, expect, it } from 'vitest';
import {
  AuthExpiredError,
  ContentRejectedError,
  NotSupportedError,
  OutcomeUnknownError,
  RateLimitError,
  RemoteNotFoundError,
  TransientError,
  isConnectorError,
  isRetryable,
} from './connector-errors.js';

describe('connector errors', () => {
  it('retries transient failures and rate limits only', () => {
    expect(isRetryable(new TransientError())).toBe(true);
    expect(isRetryable(new RateLimitError(5))).toBe(true);
    expect(isRetryable(new OutcomeUnknownError())).toBe(false);
    expect(isRetryable(new AuthExpiredError())).toBe(false);
    expect(isRetryable(new ContentRejectedError([]))).toBe(false);
    expect(isRetryable(new NotSupportedError('delete'))).toBe(false);
    expect(isRetryable(new RemoteNotFoundError())).toBe(false);
    expect(isRetryable(new Error('boom'))).toBe(false);
  });

  it('carries kind, details and an AppError code the HTTP layer can map', () => {
    const rl = new RateLimitError(30);
    expect(rl.kind).toBe('rate_limited');
    expect(rl.retryAfterSeconds).toBe(30);
    expect(rl).toBeInstanceOf(AppError);
    expect(rl.code).toBe('connector_rate_limited');
    const cr = new ContentRejectedError([{ field: 'text', code: 'text_too_long', message: 'too long' }]);
    expect(cr.message).toBe('too long');
    expect(cr.status).toBe(422);
    expect(isConnectorError(cr)).toBe(true);
    expect(isConnectorError(new AppError('x', 'y', 500))).toBe(false);
  });
});
