/** Errors every layer may throw; the HTTP layer maps each to one status code. */
export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(readonly fields: FieldIssue[], message?: string) {
    super('validation_failed', message ?? fields.map((f) => `${f.path}: ${f.message}`).join('; '), 400, { fields });
  }
}

export const notFound = (what = 'resource') => new AppError('not_found', `${what} not found`, 404);
export const forbidden = (message = 'You do not have permission to do this') => new AppError('forbidden', message, 403);
export const unauthorized = (message = 'Sign in required') => new AppError('unauthorized', message, 401);
export const conflict = (message: string, details?: Record<string, unknown>) => new AppError('conflict', message, 409, details);
export const invalidField = (path: string, message: string) => new ValidationError([{ path, message }]);

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number, message = 'Too many requests') {
    super('rate_limited', message, 429, { retryAfterSeconds });
  }
}
