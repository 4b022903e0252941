import { fileURLToPath } from 'node:url';
import { defineModule } from '@resonance/http';
import { authRoutes } from './auth.routes.js';
import { inviteRoutes } from './invite.routes.js';
import { pruneAuthRecordsJob } from './jobs/prune-auth-records.job.js';
import { sendInviteEmailJob } from './jobs/send-invite-email.job.js';
import { memberRoutes } from './member.routes.js';
import { meRoutes } from './me.routes.js';
import { tokenRoutes } from './token.routes.js';
import { workspaceRoutes } from './workspace.routes.js';

export const identityAccessModule = defineModule({
  name: 'identity-access',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  routes: (ctx) => [...authRoutes(ctx), ...meRoutes(ctx), ...workspaceRoutes(ctx), ...memberRoutes(ctx), ...inviteRoutes(ctx), ...tokenRoutes(ctx)],
  jobs: () => [sendInviteEmailJob(), pruneAuthRecordsJob()],
});
