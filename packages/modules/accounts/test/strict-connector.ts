import type { Capabilities, ConnectInput, ConnectedAccount, Connector, CredentialSpec } from '@resonance/connector-sdk';

/**
 * A strict test double of the Connector interface: `connect` runs the script the test gives and
 * records its inputs; every other call throws, so a test that reaches for more fails loudly.
 */
export interface StrictConnector extends Connector {
  readonly connectCalls: ConnectInput[];
}

const NO_CAPABILITIES: Capabilities = {
  publishText: true,
  publishImage: false,
  publishVideo: false,
  delete: false,
  fetchPostMetrics: false,
  fetchComments: false,
  fetchDirectMessages: false,
  reply: false,
  fetchFollowers: false,
  webhooks: false,
  userTags: false,
};

export function strictConnector(opts: {
  platform: string;
  credentialFields: CredentialSpec;
  connect: (input: ConnectInput) => ConnectedAccount | Promise<ConnectedAccount>;
  displayName?: { zh: string; en: string };
}): StrictConnector {
  const connectCalls: ConnectInput[] = [];
  const unexpected = (what: string) => () => {
    throw new Error(`strictConnector(${opts.platform}): unexpected call to ${what}`);
  };
  return {
    platform: opts.platform,
    displayName: opts.displayName ?? { zh: `${opts.platform} 测试`, en: `${opts.platform} test` },
    capabilities: NO_CAPABILITIES,
    contentRules: {
      maxTextLength: 500,
      lengthCounting: 'chars',
      titleRequired: false,
      maxImages: 0,
      maxVideos: 0,
      hashtagSyntax: '#tag',
      linksAllowed: true,
      allowedMediaTypes: [],
    },
    credentialFields: opts.credentialFields,
    connectCalls,
    connect: async (input) => {
      connectCalls.push(structuredClone(input));
      return opts.connect(input);
    },
    publish: unexpected('publish'),
    refreshToken: unexpected('refreshToken'),
  };
}

/** Like the sandbox: no credentials required, an optional `simulates` field, a new remote account per connect. */
export function sandboxLikeConnector(): StrictConnector {
  let n = 0;
  return strictConnector({
    platform: 'sandbox',
    displayName: { zh: '沙盒', en: 'Sandbox' },
    credentialFields: {
      needsCallbackUrl: false,
      fields: [{ key: 'simulates', label: { zh: '模拟平台', en: 'Simulated platform' }, secret: false, optional: true }],
    },
    connect: ({ credentials }) => {
      n++;
      return {
        remoteAccountId: `sbx_${n}`,
        handle: `@sandbox_${n}`,
        displayName: `Sandbox ${credentials.simulates ?? 'generic'} ${n}`,
        followers: 1000 * n,
        tokens: { accessToken: `sandbox-token-${n}` },
      };
    },
  });
}
