import { invalidField, ValidationError } from '@resonance/kernel';
import { QUERY_KIND_SPECS, type QueryKind } from './query-kinds.js';

// the same field paths as the server's request validation: body.body.series.0.metric
const pathOf = (base: string, path: readonly PropertyKey[]) => [base, ...path.map(String)].join('.');

/** A query body checked against its kind's schema (400 naming the field under `base`); returns it with the schema's defaults filled in. */
export function validateQueryBody(kind: QueryKind, body: unknown, base = 'body.body'): Record<string, unknown> {
  const spec = QUERY_KIND_SPECS[kind];
  if (!spec) throw invalidField('body.kind', `${kind} queries cannot be saved yet`);
  const parsed = spec.schema.safeParse(body);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: pathOf(base, i.path), message: i.message })));
  spec.check?.(parsed.data, base);
  return parsed.data as Record<string, unknown>;
}
