import { ValidationError } from '@resonance/kernel';
import { checkEventSize } from './event-checks.js';
import type { IngestEvent, ParsedItem } from './ingest.types.js';

/** At most 2,000 characters of a message as JSON (the debugger shows it next to the validation result). */
export function excerptOf(m: unknown, max = 2000): string {
  let text: string;
  try {
    text = JSON.stringify(m) ?? String(m);
  } catch {
    text = String(m);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

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
      return { ok: false, rejection: { index, path: f.path, message: f.message }, excerpt: excerptOf(m) };
    }
  });
}
