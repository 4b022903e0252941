import type { Database } from '@resonance/db';
import { appendEvents, type NewEvent } from '@resonance/events';

/**
 * Buffers events for bulk appends: `add` is synchronous (the hot loop of a seed adds millions) and
 * says when the buffer is full; the caller then awaits `flush`. Memory stays bounded by `flushAt`.
 */
export class EventSink {
  private buffer: NewEvent[] = [];
  count = 0;

  constructor(
    private readonly db: Database,
    private readonly workspaceId: string,
    private readonly flushAt = 50_000,
  ) {}

  /** True when the buffer is full and should be flushed. */
  add(e: NewEvent): boolean {
    this.buffer.push(e);
    return this.buffer.length >= this.flushAt;
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    this.count += await appendEvents(this.db, this.workspaceId, batch);
  }
}
