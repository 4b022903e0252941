export { createEngagementSyncModule } from './engagement-sync.module.js';
export { syncEngagement, type SyncEngagementDeps, type SyncEngagementResult } from './sync-engagement.job.js';
export { scheduleEngagementSyncs, engagementSyncKey } from './schedule-syncs.job.js';
export { ENGAGEMENT_SYNC_JOB, SCHEDULE_ENGAGEMENT_SYNCS_JOB, ENGAGEMENT_SYNC_INTERVAL_MINUTES, syncsEngagement, type EngagementSyncJobData } from './engagement-sync.types.js';
export { RECENT_PUBLICATION_DAYS } from './recent-publications.query.js';
export { engagementSourceId, metricsSourceId, dmMessageId, commentMessageId, metricsMessageId, SYNC_CURSOR_PROPERTY } from './engagement-ids.js';
