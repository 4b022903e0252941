export { createFollowerSyncModule } from './follower-sync.module.js';
export { syncFollowers, type SyncFollowersDeps, type SyncFollowersResult } from './sync-followers.job.js';
export { followMessageId, followSourceId } from './import-follower-page.js';
