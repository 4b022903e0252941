import { ValidationError } from '@resonance/kernel';
import { checkEventSize } from './event-checks.js';
import type { IngestEvent, ParsedItem } from './ingest.types.js';

/** Parses each message on its own: a bad one becomes a rejection naming its field, the others still count. */
export function parseEach(messages: readonly unknown[], pathOf: (i: number) => string, parse: (m: unknown, path: string) => IngestEvent): ParsedItem[] {
  return messages.map((m, index) => {
    const path = pathOf(index);
    try {
      checkEventSize(m, path);
      return { ok: true, event: parse(m, path) };
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const f = err.fields[0]!;
      return { ok: false, rejection: { index, path: f.path, message: f.message } };
    }
  });
}
