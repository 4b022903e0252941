import { defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import type { JobQueue, Logger } from '@resonance/kernel';
import { z } from 'zod';
import { getAccount, listAccounts } from './account-queries.service.js';
import type { AccountsDeps } from './accounts-deps.js';
import { auditAccount, toAccountDto } from './accounts.dto.js';
import { accountDto, accountParams, connectAccountBody, platformDto, updateAccountBody } from './accounts.schema.js';
import { connectAccount } from './connect-account.service.js';
import { enqueueFollowerSync } from './follower-sync-job.js';
import { listPlatforms } from './platforms.service.js';
import { disconnectAccount, updateAccount } from './update-account.service.js';

/** The routes also enqueue jobs (the follower sync after a connect). */
export type AccountRoutesDeps = AccountsDeps & { jobs: JobQueue; logger: Logger };

export function accountRoutes(deps: AccountRoutesDeps): AnyRoute[] {
  const dto = (a: Parameters<typeof toAccountDto>[0]) => toAccountDto(a, deps.connectors);
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/platforms',
      access: 'accounts.read',
      summary: 'Platforms that can be connected, and what each needs',
      tags: ['accounts'],
      params: workspaceParams,
      response: z.object({ items: z.array(platformDto) }),
      handler: async () => ({ items: listPlatforms(deps.connectors, deps.publicUrl) }),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/accounts',
      access: 'accounts.read',
      summary: 'List connected platform accounts (never secrets)',
      tags: ['accounts'],
      params: workspaceParams,
      response: z.object({ items: z.array(accountDto) }),
      handler: async ({ params }) => ({ items: (await listAccounts(deps.db, params.workspaceId)).map(dto) }),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/accounts/{accountId}',
      access: 'accounts.read',
      summary: 'One platform account',
      tags: ['accounts'],
      params: accountParams,
      response: accountDto,
      handler: async ({ params }) => dto(await getAccount(deps.db, params.workspaceId, params.accountId)),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/accounts',
      access: 'accounts.manage',
      summary: 'Connect an account, or store its credentials encrypted until its connector is available',
      tags: ['accounts'],
      params: workspaceParams,
      body: connectAccountBody,
      response: accountDto,
      audit: 'account.connect',
      handler: async ({ params, body, audit }) => {
        const account = await connectAccount(deps, params.workspaceId, body);
        audit({ targetType: 'account', targetId: account.id, after: auditAccount(account) });
        await enqueueFollowerSync(deps.jobs, deps.logger, account);
        return dto(account);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/accounts/{accountId}/disconnect',
      access: 'accounts.manage',
      summary: 'Disconnect an account and wipe its stored credentials',
      tags: ['accounts'],
      params: accountParams,
      status: 200,
      response: accountDto,
      audit: 'account.disconnect',
      handler: async ({ params, audit }) => {
        const { before, after } = await disconnectAccount(deps, params.workspaceId, params.accountId);
        audit({ targetType: 'account', targetId: after.id, before: auditAccount(before), after: auditAccount(after) });
        return dto(after);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/accounts/{accountId}',
      access: 'accounts.manage',
      summary: "Rename an account, move it to another brand, or replace its credentials",
      tags: ['accounts'],
      params: accountParams,
      body: updateAccountBody,
      response: accountDto,
      audit: 'account.update',
      handler: async ({ params, body, audit }) => {
        const { before, after } = await updateAccount(deps, params.workspaceId, params.accountId, body);
        audit({ targetType: 'account', targetId: after.id, before: auditAccount(before), after: auditAccount(after) });
        // new credentials reconnect the account: sync its followers for the new connection
        if (body.credentials !== undefined) await enqueueFollowerSync(deps.jobs, deps.logger, after);
        return dto(after);
      },
    }),
  ];
}
