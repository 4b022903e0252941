/** The demo user, workspace, brand and six sandbox accounts, created through the owning modules' services. */
import { connectAccount, createBrand } from '@resonance/accounts';
import { appendAuditEntry } from '@resonance/audit';
import type { Connector } from '@resonance/connector-sdk';
import { SANDBOX_ACCOUNT_KINDS, createSandboxWorld, hashSeed } from '@resonance/connector-sandbox';
import type { Database } from '@resonance/db';
import { createUser, createWorkspace } from '@resonance/identity-access';
import type { Clock, SecretBox } from '@resonance/kernel';
import { DEMO_BRAND_NAME, DEMO_TIME_ZONE, DEMO_USER_NAME, DEMO_WORKSPACE_NAME } from './demo-constants.js';
import type { DemoAccount } from './demo-publication.js';

const DAY = 86_400_000;
/**
 * Initial followers of an account: the preset's audience, scaled to the fan pool (presets × 0.75 at
 * 20,000 fans gives ≈ 1.1M events a year — enough history, fast enough to seed on first start), and
 * never more than 85 % of the pool, so every account also has public reach among the brand's fans.
 */
export const AUDIENCE_SCALE = 0.75;
export const followersFor = (preset: number, fans: number) => Math.min(Math.round(fans * 0.85), Math.round((preset * fans * AUDIENCE_SCALE) / 20_000));

export async function createDemoWorkspace(
  deps: { db: Database; secrets: SecretBox; clock: Clock; connectors: ReadonlyMap<string, Connector>; publicUrl: string },
  o: { email: string; password: string; fans: number; days: number; connectorSeed: number },
): Promise<{ workspaceId: string; brandId: string; accounts: DemoAccount[] }> {
  const { db, clock } = deps;
  const user = await createUser(db, { email: o.email, name: DEMO_USER_NAME, password: o.password, locale: 'zh-CN' }, clock);
  const ws = await createWorkspace(db, { name: DEMO_WORKSPACE_NAME, ownerUserId: user.id, timeZone: DEMO_TIME_ZONE }, clock);
  const brand = await createBrand(db, ws.id, { name: DEMO_BRAND_NAME, description: '演示数据：六个沙盒账号，一年的内容与互动。Demo data: six sandbox accounts, one year of posts.' }, clock);
  const startAt = new Date(clock.now().getTime() - o.days * DAY);
  const accounts: DemoAccount[] = [];
  for (const kind of SANDBOX_ACCOUNT_KINDS) {
    const followers = followersFor(kind.followers, o.fans);
    const handle = `demo_${kind.key}`;
    const account = await connectAccount(deps, ws.id, {
      brandId: brand.id,
      platform: 'sandbox',
      name: kind.name,
      simulates: kind.key,
      credentials: { handle, followers: String(followers) },
    });
    // The connector's world formula, started at the beginning of the history instead of now.
    const world = createSandboxWorld({ seed: hashSeed(o.connectorSeed, account.remoteAccountId!), followers, startAt, platformKind: kind.key });
    accounts.push({ id: account.id, kindKey: kind.key, handle, world });
  }
  // the demo's creation is on the record like any other change (actor: the system, not the user)
  const system = { workspaceId: ws.id, actorType: 'system' as const, actorId: null };
  await appendAuditEntry(db, clock, { ...system, action: 'workspace.create', targetType: 'workspace', targetId: ws.id, after: { name: ws.name, timeZone: ws.timeZone, source: 'demo seed' } });
  await appendAuditEntry(db, clock, { ...system, action: 'member.add', targetType: 'user', targetId: user.id, after: { email: user.email, role: 'owner' } });
  await appendAuditEntry(db, clock, { ...system, action: 'brand.create', targetType: 'brand', targetId: brand.id, after: { name: brand.name } });
  for (const a of accounts) {
    await appendAuditEntry(db, clock, { ...system, action: 'account.connect', targetType: 'account', targetId: a.id, after: { platform: 'sandbox', simulates: a.kindKey, handle: a.handle } });
  }
  return { workspaceId: ws.id, brandId: brand.id, accounts };
}
