import type { Database } from '@resonance/db';
import { countEventsOfFans, streamEventsOfFans } from '@resonance/events';
import { fanRecord, type FanRecord } from '@resonance/fans';
import type { Clock, SecretBox } from '@resonance/kernel';

export interface ExportDeps {
  db: Database;
  secrets: SecretBox;
  clock: Clock;
}

/** Sizes of an export: for the audit entry (no personal data). */
export interface ExportCounts {
  /** The canonical profile and every profile merged into it. */
  fans: number;
  identities: number;
  consentRecords: number;
  merges: number;
  /** Events when the export started (events arriving meanwhile may be included too). */
  events: number;
}

export interface FanExport {
  /** The canonical profile exported (a merged id gives its survivor). */
  fanId: string;
  counts: ExportCounts;
  /** The JSON document piece by piece; events are read page by page, never all in memory. */
  chunks(): AsyncGenerator<string>;
}

export const EXPORT_FORMAT = 'resonance.data-subject-export';
export const EXPORT_VERSION = 1;
const EVENT_PAGE = 1000;

/**
 * Prepares a data-subject export of one person: everything the fans module holds (profile, merged
 * profiles, identities with e-mail and phone in clear, consent and every consent record, merges)
 * and every event of the person — written under any of their fan ids, and pending anonymous events
 * under their anonymous ids. Unknown fan → 404 (thrown here, before anything is written).
 */
export async function prepareFanExport(deps: ExportDeps, workspaceId: string, fanId: string): Promise<FanExport> {
  const fan: FanRecord = await fanRecord(deps.db, deps.secrets, workspaceId, fanId);
  const scope = { fanIds: fan.fanIds, anonymousIds: fan.anonymousIds };
  const events = await countEventsOfFans(deps.db, workspaceId, scope);
  const header = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    workspaceId,
    fanId: fan.fanId,
    exportedAt: deps.clock.now().toISOString(),
    fan,
  };
  return {
    fanId: fan.fanId,
    counts: { fans: fan.fanIds.length, identities: fan.identities.length, consentRecords: fan.consentRecords.length, merges: fan.merges.length, events },
    async *chunks() {
      const head = JSON.stringify(header, null, 2);
      yield `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "events": [`;
      let first = true;
      for await (const page of streamEventsOfFans(deps.db, workspaceId, scope, EVENT_PAGE)) {
        let out = '';
        for (const e of page) {
          out += `${first ? '\n' : ',\n'}    ${JSON.stringify(e)}`;
          first = false;
        }
        yield out;
      }
      yield `${first ? '' : '\n  '}]\n}\n`;
    },
  };
}

/** The whole export as one string (tests, small exports). */
export async function fanExportText(exp: FanExport): Promise<string> {
  let s = '';
  for await (const c of exp.chunks()) s += c;
  return s;
}
