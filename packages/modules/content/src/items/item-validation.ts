import { invalidField } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import type { AccountView, AssetInfo, ListAccounts, ListMembers } from '../ports.js';

/** The ports an item's references are checked against (another workspace's ids are simply unknown). */
export interface ReferencePorts {
  assetInfo: AssetInfo;
  listMembers: ListMembers;
  listAccounts: ListAccounts;
}

export async function assertMember(ports: ReferencePorts, db: Database, workspaceId: string, userId: string, field = 'ownerId'): Promise<void> {
  const members = await ports.listMembers(db, workspaceId);
  if (!members.some((m) => m.userId === userId)) throw invalidField(field, 'is not a member of this workspace');
}

/** Every media entry must name an asset of this workspace's library (400 naming the first unknown one). */
export async function assertAssets(ports: ReferencePorts, db: Database, workspaceId: string, media: readonly { assetId: string }[], field = 'media'): Promise<void> {
  if (media.length === 0) return;
  const known = new Set((await ports.assetInfo(db, workspaceId, [...new Set(media.map((m) => m.assetId))])).map((a) => a.id));
  const bad = media.findIndex((m) => !known.has(m.assetId));
  if (bad >= 0) throw invalidField(`${field}.${bad}.assetId`, `unknown asset ${media[bad]!.assetId}`);
}

/** The accounts by id, in the order asked (400 naming the first unknown one). */
export async function resolveAccounts(ports: ReferencePorts, db: Database, workspaceId: string, accountIds: readonly string[], field = 'accountIds'): Promise<AccountView[]> {
  if (accountIds.length === 0) return [];
  const byId = new Map((await ports.listAccounts(db, workspaceId)).map((a) => [a.id, a]));
  return accountIds.map((id, i) => {
    const a = byId.get(id);
    if (!a) throw invalidField(field === 'accountId' ? field : `${field}.${i}`, `unknown account ${id}`);
    return a;
  });
}
