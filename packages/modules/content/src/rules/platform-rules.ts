import { documentedContentRules, type Connector, type ContentRules } from '@resonance/connector-sdk';
import type { AccountView } from '../ports.js';

export interface AppliedRules {
  /** `connector:<platform>` (what the connector that publishes declares) or `documented:<platform>` (the SDK's rule set). */
  source: string;
  rules: ContentRules;
}

/**
 * The rules a variant for this account is checked against: the connector's declared rules (it rejects
 * anything else), plus the documented rules of the platform a sandbox account simulates; without a
 * connector, the SDK's documented rules of the platform kind.
 */
export function rulesForAccount(connectors: ReadonlyMap<string, Connector>, account: Pick<AccountView, 'platform' | 'simulates'>): AppliedRules[] {
  const out: AppliedRules[] = [];
  const connector = connectors.get(account.platform);
  if (connector) out.push({ source: `connector:${account.platform}`, rules: connector.contentRules });
  else {
    const documented = documentedContentRules(account.platform);
    if (documented) out.push({ source: `documented:${account.platform}`, rules: documented });
  }
  if (account.simulates && account.simulates !== account.platform) {
    const simulated = documentedContentRules(account.simulates);
    if (simulated) out.push({ source: `documented:${account.simulates}`, rules: simulated });
  }
  return out;
}

/** The platform whose look a preview takes: the simulated one for sandbox accounts. */
export const previewPlatform = (account: Pick<AccountView, 'platform' | 'simulates'>) => account.simulates ?? account.platform;
