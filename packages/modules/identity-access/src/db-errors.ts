/** True for PostgreSQL's unique_violation (23505), on both PostgreSQL and PGlite. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}
