/**
 * Platforms whose connector is not in this build yet: what their official developer
 * documentation asks for, so an admin can prepare and store credentials now.
 * A registered connector's own metadata (name, fields, callback) takes precedence.
 */
import type { CredentialField, LocalizedText } from '@resonance/connector-sdk';

export interface CatalogPlatform {
  platform: string;
  name: LocalizedText;
  credentialFields: CredentialField[];
  /** The platform calls us (OAuth redirect or message push); shown as `${publicUrl}/api/callbacks/<platform>`. */
  needsCallbackUrl: boolean;
  docsUrl: string;
  /** What needs the platform's approval or a paid tier before publishing works. */
  approvalNote: LocalizedText | null;
}

const field = (key: string, zh: string, en: string, secret: boolean, help?: LocalizedText): CredentialField => ({
  key,
  label: { zh, en },
  secret,
  ...(help ? { help } : {}),
});

/** OAuth 2.0 authorization-code apps: a client id and secret; the callback URL is registered as redirect URI. */
const oauthClient = (idKey: string, idZh: string, idEn: string, secretKey: string, secretZh: string, secretEn: string) => [
  field(idKey, idZh, idEn, false),
  field(secretKey, secretZh, secretEn, true),
];

export const PLATFORM_CATALOG: readonly CatalogPlatform[] = [
  {
    platform: 'wechat_oa',
    name: { zh: '微信公众号', en: 'WeChat Official Account' },
    credentialFields: [
      field('appId', '开发者ID (AppID)', 'AppID', false, { zh: '公众号后台 → 设置与开发 → 基本配置', en: 'Official Account admin → Settings & Development → Basic configuration' }),
      field('appSecret', '开发者密码 (AppSecret)', 'AppSecret', true),
      field('token', '令牌 (Token)', 'Token', true, { zh: '服务器配置中自定义的 Token', en: 'The Token you set in the server configuration' }),
      field('encodingAESKey', '消息加解密密钥 (EncodingAESKey)', 'EncodingAESKey', true, { zh: '43 位,安全模式必填', en: '43 characters, required in safe mode' }),
    ],
    needsCallbackUrl: true,
    docsUrl: 'https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html',
    approvalNote: {
      zh: '发布与群发接口需已微信认证的公众号;获取 access_token 需把服务器出口 IP 加入 IP 白名单。',
      en: 'Publishing and broadcast APIs need a verified (微信认证) account; add the server’s outbound IP to the IP allowlist to obtain access tokens.',
    },
  },
  {
    platform: 'wecom',
    name: { zh: '企业微信', en: 'WeCom' },
    credentialFields: [
      field('corpId', '企业ID (CorpID)', 'CorpID', false, { zh: '管理后台 → 我的企业 → 企业信息', en: 'Admin console → My company → Company info' }),
      field('secret', '应用 Secret', 'App Secret', true),
      field('agentId', '应用 AgentId', 'AgentId', false),
      field('token', '接收消息 Token', 'Callback Token', true),
      field('encodingAESKey', '接收消息 EncodingAESKey', 'Callback EncodingAESKey', true),
    ],
    needsCallbackUrl: true,
    docsUrl: 'https://developer.work.weixin.qq.com/document/path/90665',
    approvalNote: {
      zh: '客户联系(外部联系人)接口需在管理后台开启并授权应用;回调域名需为可信域名(已认证企业需与主体相关)。',
      en: 'Customer-contact APIs must be enabled and granted to the app in the admin console; the callback domain must be a trusted domain of the (verified) company.',
    },
  },
  {
    platform: 'weibo',
    name: { zh: '微博', en: 'Weibo' },
    credentialFields: oauthClient('appKey', 'App Key', 'App Key', 'appSecret', 'App Secret', 'App Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://open.weibo.com/wiki/%E6%8E%88%E6%9D%83%E6%9C%BA%E5%88%B6%E8%AF%B4%E6%98%8E',
    approvalNote: {
      zh: '应用需通过微博开放平台审核;发博等写接口需申请相应权限,回调地址填入“授权回调页”。',
      en: 'The app must pass Weibo Open Platform review; posting APIs need the corresponding permission. Register the callback URL as the OAuth redirect page.',
    },
  },
  {
    platform: 'douyin',
    name: { zh: '抖音', en: 'Douyin' },
    credentialFields: oauthClient('clientKey', 'Client Key', 'Client Key', 'clientSecret', 'Client Secret', 'Client Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/common-params',
    approvalNote: {
      zh: '网站应用需通过抖音开放平台审核,发布视频(video.create 等 scope)需单独申请能力并获批;回调地址填入重定向 URL。',
      en: 'The web app must pass Douyin Open Platform review, and publishing scopes (e.g. video.create) must be applied for and granted; register the callback URL as redirect URL.',
    },
  },
  {
    platform: 'kuaishou',
    name: { zh: '快手', en: 'Kuaishou' },
    credentialFields: oauthClient('appId', 'App ID', 'App ID', 'appSecret', 'App Secret', 'App Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://open.kuaishou.com/platform/openApi',
    approvalNote: {
      zh: '需企业开发者入驻并实名认证,网站应用审核通过后才能调用内容发布接口;授权回调域需为本系统域名。',
      en: 'Requires a verified company developer account and an approved web app before content APIs work; the OAuth callback domain must be this server’s.',
    },
  },
  {
    platform: 'xiaohongshu',
    name: { zh: '小红书', en: 'Xiaohongshu (RED)' },
    credentialFields: oauthClient('appId', 'App ID', 'App ID', 'appSecret', 'App Secret', 'App Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://open.xiaohongshu.com/',
    approvalNote: {
      zh: '小红书开放平台的笔记与数据接口只对审核通过的企业/合作伙伴开放。',
      en: 'Xiaohongshu’s note and data APIs are open only to approved enterprise partners.',
    },
  },
  {
    platform: 'bilibili',
    name: { zh: '哔哩哔哩', en: 'Bilibili' },
    credentialFields: oauthClient('clientId', 'Client ID', 'Client ID', 'clientSecret', 'App Secret', 'App Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://openhome.bilibili.com/doc',
    approvalNote: {
      zh: '需开发者入驻审核;视频/专栏投稿等接口需申请权限(scope)后使用,回调地址填入“授权回调域”。',
      en: 'Requires developer onboarding review; video and article submission scopes must be granted. Register the callback URL as the OAuth return URL.',
    },
  },
  {
    platform: 'zhihu',
    name: { zh: '知乎', en: 'Zhihu' },
    credentialFields: oauthClient('appId', 'App ID', 'App ID', 'appSecret', 'App Secret', 'App Secret'),
    needsCallbackUrl: false,
    docsUrl: 'https://www.zhihu.com/',
    approvalNote: {
      zh: '知乎没有面向公众自助申请的内容发布 API,需与知乎商务合作获得接入凭证。',
      en: 'Zhihu offers no self-service publishing API; credentials come from a business partnership with Zhihu.',
    },
  },
  {
    platform: 'bluesky',
    name: { zh: 'Bluesky', en: 'Bluesky' },
    credentialFields: [
      field('handle', '账号 (handle)', 'Handle', false, { zh: '例如 brand.bsky.social', en: 'e.g. brand.bsky.social' }),
      field('appPassword', '应用密码 (App Password)', 'App password', true, { zh: '设置 → 隐私与安全 → 应用密码', en: 'Settings → Privacy and security → App passwords' }),
    ],
    needsCallbackUrl: false,
    docsUrl: 'https://docs.bsky.app/docs/get-started',
    approvalNote: null,
  },
  {
    platform: 'x',
    name: { zh: 'X (Twitter)', en: 'X (Twitter)' },
    credentialFields: oauthClient('clientId', 'OAuth 2.0 Client ID', 'OAuth 2.0 Client ID', 'clientSecret', 'OAuth 2.0 Client Secret', 'OAuth 2.0 Client Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/authorization-code',
    approvalNote: {
      zh: '需要 X 开发者账号;免费档只允许少量发帖,读取时间线与指标需付费档(Basic 及以上)。',
      en: 'Needs an X developer account; the free tier allows only a small monthly post quota, reading timelines and metrics needs a paid tier (Basic or higher).',
    },
  },
  {
    platform: 'instagram',
    name: { zh: 'Instagram', en: 'Instagram' },
    credentialFields: oauthClient('appId', 'Instagram App ID', 'Instagram App ID', 'appSecret', 'Instagram App Secret', 'Instagram App Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://developers.facebook.com/docs/instagram-platform',
    approvalNote: {
      zh: '仅支持专业账号(商家/创作者);发布权限 instagram_business_content_publish 需通过 Meta 应用审核。',
      en: 'Professional (Business or Creator) accounts only; the instagram_business_content_publish permission needs Meta App Review.',
    },
  },
  {
    platform: 'tiktok',
    name: { zh: 'TikTok', en: 'TikTok' },
    credentialFields: oauthClient('clientKey', 'Client Key', 'Client Key', 'clientSecret', 'Client Secret', 'Client Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://developers.tiktok.com/doc/content-posting-api-get-started',
    approvalNote: {
      zh: 'Content Posting API 需应用审核;未通过审核的应用发布的内容仅自己可见。',
      en: 'The Content Posting API needs app review; posts from unaudited clients are visible to the author only.',
    },
  },
  {
    platform: 'youtube',
    name: { zh: 'YouTube', en: 'YouTube' },
    credentialFields: oauthClient('clientId', 'Google OAuth Client ID', 'Google OAuth client ID', 'clientSecret', 'Google OAuth Client Secret', 'Google OAuth client secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://developers.google.com/youtube/v3/guides/uploading_a_video',
    approvalNote: {
      zh: '未经审计的 API 项目上传的视频会被设为私享;需通过 YouTube API 合规审计并申请配额。',
      en: 'Videos uploaded by unverified API projects are locked to private until the project passes the YouTube API compliance audit; quota increases need an application.',
    },
  },
  {
    platform: 'facebook',
    name: { zh: 'Facebook', en: 'Facebook' },
    credentialFields: oauthClient('appId', 'App ID', 'App ID', 'appSecret', 'App Secret', 'App Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://developers.facebook.com/docs/pages-api',
    approvalNote: {
      zh: '向主页发帖需 pages_manage_posts 等权限,须通过 Meta 应用审核和商家验证。',
      en: 'Posting to Pages needs pages_manage_posts and related permissions, granted through Meta App Review and business verification.',
    },
  },
  {
    platform: 'linkedin',
    name: { zh: '领英', en: 'LinkedIn' },
    credentialFields: oauthClient('clientId', 'Client ID', 'Client ID', 'clientSecret', 'Client Secret', 'Client Secret'),
    needsCallbackUrl: true,
    docsUrl: 'https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/share-on-linkedin',
    approvalNote: {
      zh: '个人发帖使用 “Share on LinkedIn” 产品;以公司主页发帖需申请 Community Management API 并获批。',
      en: 'Member posts use the “Share on LinkedIn” product; posting as an organisation page needs approved access to the Community Management API.',
    },
  },
  {
    platform: 'mastodon',
    name: { zh: 'Mastodon', en: 'Mastodon' },
    credentialFields: [
      field('instanceUrl', '实例地址', 'Instance URL', false, { zh: '例如 https://mastodon.social', en: 'e.g. https://mastodon.social' }),
      field('accessToken', '访问令牌', 'Access token', true, {
        zh: '偏好设置 → 开发 → 新建应用(权限 read、write:statuses、write:media)',
        en: 'Preferences → Development → New application (scopes read, write:statuses, write:media)',
      }),
    ],
    needsCallbackUrl: false,
    docsUrl: 'https://docs.joinmastodon.org/client/token/',
    approvalNote: null,
  },
];

export function catalogEntry(platform: string): CatalogPlatform | undefined {
  return PLATFORM_CATALOG.find((p) => p.platform === platform);
}
