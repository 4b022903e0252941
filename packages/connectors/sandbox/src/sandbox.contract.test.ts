import { runConnectorContract } from '@resonance/connector-sdk/contract';
import { manualClock } from '@resonance/kernel';
import { createSandboxConnector } from './sandbox-connector.js';

const clock = manualClock(new Date('2025-03-03T12:00:00+08:00'));

runConnectorContract(
  'sandbox',
  async () => ({ connector: createSandboxConnector({ seed: 'contract', clock }), credentials: {} }),
  { advanceTime: (ms) => clock.advance(ms) },
);

runConnectorContract(
  'sandbox (douyin preset)',
  async () => ({ connector: createSandboxConnector({ seed: 'contract', clock }), credentials: { simulates: 'douyin', handle: 'brand' } }),
  { advanceTime: (ms) => clock.advance(ms) },
);
