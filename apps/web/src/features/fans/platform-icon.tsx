import {
  BilibiliOutlined,
  ExperimentOutlined,
  FacebookOutlined,
  IdcardOutlined,
  InstagramOutlined,
  LinkedinOutlined,
  MailOutlined,
  PhoneOutlined,
  QuestionCircleOutlined,
  TikTokOutlined,
  WechatOutlined,
  WechatWorkOutlined,
  WeiboOutlined,
  XOutlined,
  YoutubeOutlined,
  ZhihuOutlined,
} from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { IdentityKind } from './fans.api';

/** Brand colour and icon per platform id (douyin shares TikTok's mark); platforms without an icon show their initial. */
const PLATFORMS: Record<string, { color: string; icon?: ReactNode; initial?: string }> = {
  wechat_oa: { color: '#07C160', icon: <WechatOutlined /> },
  wecom: { color: '#2B7BE9', icon: <WechatWorkOutlined /> },
  weibo: { color: '#E6162D', icon: <WeiboOutlined /> },
  douyin: { color: '#161823', icon: <TikTokOutlined /> },
  kuaishou: { color: '#FF4906', initial: '快' },
  xiaohongshu: { color: '#FF2442', initial: '红' },
  bilibili: { color: '#00A1D6', icon: <BilibiliOutlined /> },
  zhihu: { color: '#0066FF', icon: <ZhihuOutlined /> },
  bluesky: { color: '#1185FE', initial: 'B' },
  x: { color: '#000000', icon: <XOutlined /> },
  instagram: { color: '#E4405F', icon: <InstagramOutlined /> },
  tiktok: { color: '#000000', icon: <TikTokOutlined /> },
  youtube: { color: '#FF0000', icon: <YoutubeOutlined /> },
  facebook: { color: '#1877F2', icon: <FacebookOutlined /> },
  linkedin: { color: '#0A66C2', icon: <LinkedinOutlined /> },
  mastodon: { color: '#6364FF', initial: 'M' },
  sandbox: { color: '#8c8c8c', icon: <ExperimentOutlined /> },
};

/** A platform's icon in its brand colour, with the platform's name as tooltip. */
export function PlatformIcon({ platform, title, size = 16 }: { platform: string; title?: string; size?: number }) {
  const p = PLATFORMS[platform];
  const mark = p?.icon ?? (
    <span
      style={{
        display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: size, height: size, borderRadius: 4,
        background: p?.color ?? '#bfbfbf', color: '#fff', fontSize: size * 0.62, fontWeight: 600, lineHeight: 1,
      }}
    >
      {p?.initial ?? (platform[0] ?? '?').toUpperCase()}
    </span>
  );
  return (
    <Tooltip title={title ?? platform}>
      <span data-testid={`platform-icon-${platform}`} style={{ color: p?.color, fontSize: size, display: 'inline-flex', verticalAlign: 'middle' }}>{mark}</span>
    </Tooltip>
  );
}

/** Icon of an identity kind that belongs to no account (contact data, own ids). */
export function IdentityKindIcon({ kind }: { kind: IdentityKind }) {
  if (kind === 'email') return <MailOutlined />;
  if (kind === 'phone') return <PhoneOutlined />;
  if (kind === 'unionid') return <WechatOutlined style={{ color: '#07C160' }} />;
  if (kind === 'external_id') return <IdcardOutlined />;
  return <QuestionCircleOutlined />;
}
