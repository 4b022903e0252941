import { createAccountsModule, listAccounts } from '@resonance/accounts';
import { createAnalyticsModule } from '@resonance/analytics';
import { assetInfo, createAssetsModule, type AssetStoreConfig } from '@resonance/assets';
import { createAuditModule } from '@resonance/audit';
import { checkContentCompliance, createComplianceModule } from '@resonance/compliance';
import { assetUsage, createContentModule } from '@resonance/content';
import type { Connector } from '@resonance/connector-sdk';
import { createSandboxConnector } from '@resonance/connector-sandbox';
import { createEventsModule, type IngestRateLimit } from '@resonance/events';
import { fansModule, resolveEventFans } from '@resonance/fans';
import { dataSubjectModule } from '@resonance/flow-data-subject';
import { createEngagementSyncModule } from '@resonance/flow-engagement-sync';
import { createFollowerSyncModule } from '@resonance/flow-follower-sync';
import type { AppModule } from '@resonance/http';
import { actorNames, getWorkspace, identityAccessModule, listMembers } from '@resonance/identity-access';
import { createNotificationsModule, createNotifier } from '@resonance/notifications';
import { publishingModule } from '@resonance/publishing';
import type { Clock } from '@resonance/kernel';
import { bestTimes } from './content-ports.js';
import { createTakedown } from './content-takedown.js';
import { createJobsModule } from './jobs.routes.js';
import { recordLinkClick } from './link-clicks.js';

/** pg-boss's schema in production; tests give each run its own. */
export const DEFAULT_JOBS_SCHEMA = 'pgboss';

/** The connectors this build ships, by platform id. */
export function buildConnectors(clock: Clock): ReadonlyMap<string, Connector> {
  const sandbox = createSandboxConnector({ seed: 20261122, clock });
  return new Map<string, Connector>([[sandbox.platform, sandbox]]);
}

/** Every module of the product, in mount order. */
export function buildModules(connectors: ReadonlyMap<string, Connector>, jobsSchema = DEFAULT_JOBS_SCHEMA, rateLimit?: IngestRateLimit, assetStore?: AssetStoreConfig): AppModule[] {
  return [
    identityAccessModule,
    createAuditModule({ actorNames }),
    createAccountsModule({ connectors }),
    createEventsModule({ resolveFans: resolveEventFans, rateLimit }),
    fansModule,
    publishingModule,
    createAssetsModule({ assetUsage, store: assetStore }),
    createFollowerSyncModule({ connectors }),
    createEngagementSyncModule({ connectors }),
    dataSubjectModule,
    createAnalyticsModule({
      listAccounts,
      workspaceTimeZone: async (db, workspaceId) => (await getWorkspace(db, workspaceId)).timeZone,
    }),
    createComplianceModule({ workspaceTimeZone: async (db, workspaceId) => (await getWorkspace(db, workspaceId)).timeZone }),
    // after analytics: its static GET …/content/posts|heatmap|compare routes must win over GET …/content/{contentId}
    createContentModule({
      connectors,
      checkCompliance: checkContentCompliance,
      notify: createNotifier({ listMembers }),
      assetInfo,
      recordLinkClick,
      bestTimes,
      listMembers,
      listAccounts,
      workspaceTimeZone: async (db, workspaceId) => (await getWorkspace(db, workspaceId)).timeZone,
      takedown: createTakedown(connectors),
    }),
    createNotificationsModule(),
    createJobsModule(jobsSchema),
  ];
}
