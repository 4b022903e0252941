import type { ConnectedAccount, Connector } from '@resonance/connector-sdk';
import { invalidField } from '@resonance/kernel';
import { SANDBOX_PLATFORM } from './accounts.types.js';
import { checkCredentials } from './credential-validation.js';
import { isSimulatablePlatform, type PlatformInfo } from './platforms.service.js';

/** `simulates` is only meaningful for sandbox accounts, and must name a real platform kind. */
export function checkSimulates(platform: string, simulates: string | null | undefined): string | null {
  if (simulates === undefined || simulates === null) return null;
  if (platform !== SANDBOX_PLATFORM) throw invalidField('body.simulates', 'only sandbox accounts can simulate another platform');
  if (!isSimulatablePlatform(simulates)) throw invalidField('body.simulates', `unknown platform kind "${simulates}"`);
  return simulates;
}

/**
 * Validates the credentials against the connector's declared fields and connects. A connector that
 * declares a `simulates` credential field receives the account's `simulates` value in it.
 */
export async function connectWithConnector(
  connector: Connector,
  info: PlatformInfo,
  credentials: Record<string, string>,
  simulates: string | null,
): Promise<ConnectedAccount> {
  const input = { ...credentials };
  if (simulates !== null && input.simulates === undefined && info.credentialFields.some((f) => f.key === 'simulates')) {
    input.simulates = simulates;
  }
  const bag = checkCredentials(info.credentialFields, input, info.name.en);
  return connector.connect({ credentials: bag, ...(info.callbackUrl ? { callbackUrl: info.callbackUrl } : {}) });
}
