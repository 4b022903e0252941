import type { Connector } from '@resonance/connector-sdk';
import type { Database } from '@resonance/db';
import { invalidField } from '@resonance/kernel';
import { loadItem } from '../items/items.service.js';
import type { AccountView, AssetInfo, AssetInfoView, ListAccounts } from '../ports.js';
import { previewPlatform, rulesForAccount } from './platform-rules.js';
import { checkContent, type CheckableContent, type CheckFinding } from './variant-checks.js';

export interface CheckEnv {
  db: Database;
  connectors: ReadonlyMap<string, Connector>;
  assetInfo: AssetInfo;
  listAccounts: ListAccounts;
}

export interface VariantChecks {
  variantId: string | null;
  accountId: string;
  platform: string;
  /** The platform whose look the preview takes (a sandbox account's simulated platform). */
  previewPlatform: string;
  rulesFrom: string[];
  findings: CheckFinding[];
}

async function assetsOf(env: CheckEnv, workspaceId: string, ids: string[]): Promise<Map<string, AssetInfoView>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await env.assetInfo(env.db, workspaceId, unique)).map((a) => [a.id, a]));
}

function checksFor(env: CheckEnv, account: AccountView, variantId: string | null, content: CheckableContent, assets: Map<string, AssetInfoView>): VariantChecks {
  const applied = rulesForAccount(env.connectors, account);
  return {
    variantId,
    accountId: account.id,
    platform: account.platform,
    previewPlatform: previewPlatform(account),
    rulesFrom: applied.map((a) => a.source),
    findings: checkContent(content, applied, assets),
  };
}

/** Per variant of a saved item: the platform rule findings. */
export async function itemChecks(env: CheckEnv, workspaceId: string, contentId: string): Promise<{ contentId: string; version: number; variants: VariantChecks[] }> {
  const item = await loadItem(env.db, workspaceId, contentId);
  const accounts = new Map((await env.listAccounts(env.db, workspaceId)).map((a) => [a.id, a]));
  const assets = await assetsOf(env, workspaceId, item.variants.flatMap((v) => v.media.map((m) => m.assetId)));
  const variants = item.variants.map((v) => {
    const account = accounts.get(v.accountId) ?? { id: v.accountId, platform: v.platform, name: v.accountId, brandId: null };
    return checksFor(env, account, v.id, v, assets);
  });
  return { contentId, version: item.version, variants };
}

/** Unsaved text as the editor has it right now, for one target account (live warnings while typing). */
export async function draftChecks(env: CheckEnv, workspaceId: string, input: CheckableContent & { accountId: string }): Promise<VariantChecks> {
  const account = (await env.listAccounts(env.db, workspaceId)).find((a) => a.id === input.accountId);
  if (!account) throw invalidField('accountId', `unknown account ${input.accountId}`);
  return checksFor(env, account, null, input, await assetsOf(env, workspaceId, input.media.map((m) => m.assetId)));
}
