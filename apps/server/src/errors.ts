import { AppError, RateLimitedError, ValidationError, type Logger } from '@resonance/kernel';
import type { Context } from 'hono';
import type { ZodError } from 'zod';

export function zodToValidationError(err: ZodError, where: string): ValidationError {
  return new ValidationError(
    err.issues.map((i) => ({
      path: [where, ...i.path.map(String)].filter(Boolean).join('.'),
      message: i.message,
    })),
  );
}

export function errorResponse(c: Context, err: unknown, logger: Logger): Response {
  if (err instanceof AppError) {
    const fields = err instanceof ValidationError ? err.fields : undefined;
    if (err instanceof RateLimitedError) c.header('Retry-After', String(err.retryAfterSeconds));
    // a refused oversized body was not read to its end: the connection cannot carry another request
    if (err.status === 413) c.header('Connection', 'close');
    return c.json({ error: { code: err.code, message: err.message, ...(fields ? { fields } : {}) } }, err.status as 400);
  }
  if (err instanceof SyntaxError) {
    return c.json({ error: { code: 'invalid_json', message: 'Request body is not valid JSON' } }, 400);
  }
  logger.error('unhandled error', { err: (err as Error)?.stack ?? String(err), path: c.req.path });
  return c.json({ error: { code: 'internal', message: 'Internal server error' } }, 500);
}
