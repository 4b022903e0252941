import type { Connector, CredentialField, LocalizedText } from '@resonance/connector-sdk';
import { PLATFORM_CATALOG, catalogEntry } from './platforms.catalog.js';

export type Connectors = ReadonlyMap<string, Connector>;

/** What the connect form needs to know about one platform. */
export interface PlatformInfo {
  platform: string;
  name: LocalizedText;
  /** 'available': a connector in this build connects it; 'credentials_only': credentials can be stored for later. */
  connector: 'available' | 'credentials_only';
  /** Connects without any input (a connector that needs no credentials and no callback, e.g. the sandbox). */
  oneClick: boolean;
  credentialFields: CredentialField[];
  callbackUrl: string | null;
  docsUrl: string | null;
  approvalNote: LocalizedText | null;
}

export const callbackUrlFor = (publicUrl: string, platform: string) => `${publicUrl.replace(/\/+$/, '')}/api/callbacks/${platform}`;

/** One platform: a registered connector's own metadata wins; docs and approval notes come from the catalog. */
export function platformInfo(connectors: Connectors, platform: string, publicUrl: string): PlatformInfo | undefined {
  const c = connectors.get(platform);
  const entry = catalogEntry(platform);
  if (!c && !entry) return undefined;
  const fields = c ? c.credentialFields.fields : entry!.credentialFields;
  const needsCallbackUrl = c ? c.credentialFields.needsCallbackUrl : entry!.needsCallbackUrl;
  return {
    platform,
    name: c ? c.displayName : entry!.name,
    connector: c ? 'available' : 'credentials_only',
    oneClick: Boolean(c) && !needsCallbackUrl && fields.every((f) => f.optional),
    credentialFields: fields.map((f) => ({ ...f })),
    callbackUrl: needsCallbackUrl ? callbackUrlFor(publicUrl, platform) : null,
    docsUrl: entry?.docsUrl ?? null,
    approvalNote: entry?.approvalNote ?? null,
  };
}

/** Registered connectors first (in registration order), then the catalog's platforms. */
export function listPlatforms(connectors: Connectors, publicUrl: string): PlatformInfo[] {
  const ids = [...connectors.keys(), ...PLATFORM_CATALOG.map((p) => p.platform).filter((p) => !connectors.has(p))];
  return ids.map((id) => platformInfo(connectors, id, publicUrl)!);
}

/** A platform id a sandbox account may simulate (any catalog platform). */
export const isSimulatablePlatform = (platform: string) => catalogEntry(platform) !== undefined;
