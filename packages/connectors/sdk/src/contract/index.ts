/** Test-only entry (imports vitest): `import { runConnectorContract } from '@resonance/connector-sdk/contract'`. */
export { runConnectorContract, type ContractSubject } from './connector-contract.js';
export { collectPages, expectConnectorError, guard, type ContractOptions } from './contract-helpers.js';
