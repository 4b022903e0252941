import { HeartOutlined, MessageOutlined, RetweetOutlined, StarOutlined } from '@ant-design/icons';
import { Avatar } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VariantContent } from './master-draft';
import { thumbnailUrl } from './studio.api';

interface PreviewProps {
  workspaceId: string;
  /** The platform whose look to take (the checks response's `previewPlatform`). */
  platform: string;
  accountName: string;
  content: VariantContent;
  sponsored: boolean;
}

const LINK = '#1f6feb';
const card: CSSProperties = { border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff', overflow: 'hidden', maxWidth: 420, fontSize: 14 };

/** Hashtags in the platform's syntax: `#话题#` on Weibo, `#tag` elsewhere. */
const tagText = (platform: string, tag: string) => (platform === 'weibo' ? `#${tag}#` : `#${tag}`);

function Tags({ platform, tags, color = LINK }: { platform: string; tags: string[]; color?: string }) {
  if (tags.length === 0) return null;
  return (
    <span data-testid="preview-hashtags">
      {tags.map((tg) => (
        <span key={tg} style={{ color, marginRight: 6 }}>
          {tagText(platform, tg)}
        </span>
      ))}
    </span>
  );
}

const Text = ({ children, clamp }: { children: ReactNode; clamp?: number }) => (
  <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', ...(clamp ? { display: '-webkit-box', WebkitLineClamp: clamp, WebkitBoxOrient: 'vertical', overflow: 'hidden' } : {}) }}>{children}</div>
);

function Thumb({ workspaceId, assetId, style }: { workspaceId: string; assetId: string; style?: CSSProperties }) {
  return <img src={thumbnailUrl(workspaceId, assetId)} alt="" style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block', background: '#f0f0f0', ...style }} />;
}

/** Weibo: avatar, name, time, text with #话题#, a 1/2/3-column image grid (up to 9), repost/comment/like bar. */
function WeiboPreview({ workspaceId, accountName, content, sponsored, platform }: PreviewProps) {
  const { t } = useTranslation();
  const media = content.media.slice(0, 9);
  const cols = media.length === 1 ? 1 : media.length === 2 || media.length === 4 ? 2 : 3;
  return (
    <div style={card} data-testid="preview-weibo">
      <div style={{ display: 'flex', gap: 10, padding: 12, alignItems: 'center' }}>
        <Avatar style={{ background: '#ff8200' }}>{accountName.slice(0, 1)}</Avatar>
        <div>
          <div style={{ color: '#ff8200', fontWeight: 600 }}>{accountName}</div>
          <div style={{ color: '#939393', fontSize: 12 }}>
            {t('studio.preview.now')}
            {sponsored ? ` · ${t('studio.preview.ad')}` : ''}
          </div>
        </div>
      </div>
      <div style={{ padding: '0 12px 8px' }}>
        <Text>
          {content.body} <Tags platform={platform} tags={content.hashtags} color="#eb7350" />
        </Text>
      </div>
      {media.length ? (
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(${cols}, 1fr)`, gap: 4, padding: '0 12px 12px' }}>
          {media.map((m, i) => (
            <div key={`${m.assetId}-${i}`} style={{ aspectRatio: cols === 1 ? '4 / 3' : '1 / 1' }}>
              <Thumb workspaceId={workspaceId} assetId={m.assetId} />
            </div>
          ))}
        </div>
      ) : null}
      <div style={{ display: 'flex', borderTop: '1px solid #f2f2f2', color: '#808080', fontSize: 12 }}>
        {[
          [<RetweetOutlined key="r" />, t('studio.preview.reposts')],
          [<MessageOutlined key="c" />, t('studio.preview.comments')],
          [<HeartOutlined key="l" />, t('studio.preview.likes')],
        ].map(([icon, label], i) => (
          <div key={i} style={{ flex: 1, textAlign: 'center', padding: 8 }}>
            {icon} {label}
          </div>
        ))}
      </div>
    </div>
  );
}

/** WeChat official account: the article card of a push — cover, title, account and date, digest, "read more". */
function WechatPreview({ workspaceId, accountName, content, sponsored }: PreviewProps) {
  const { t } = useTranslation();
  const cover = content.media[0];
  return (
    <div style={card} data-testid="preview-wechat">
      {cover ? (
        <div style={{ aspectRatio: '2.35 / 1' }}>
          <Thumb workspaceId={workspaceId} assetId={cover.assetId} />
        </div>
      ) : null}
      <div style={{ padding: 14 }}>
        <div style={{ fontSize: 18, fontWeight: 600, lineHeight: 1.4 }}>{content.title || t('studio.untitled')}</div>
        <div style={{ margin: '6px 0 10px', fontSize: 12, color: '#888' }}>
          {sponsored ? <span style={{ border: '1px solid #ccc', padding: '0 3px', marginRight: 6 }}>{t('studio.preview.ad')}</span> : null}
          <span style={{ color: '#576b95' }}>{accountName}</span> · {t('studio.preview.now')}
        </div>
        <div style={{ color: '#333' }}>
          <Text clamp={4}>{content.body}</Text>
        </div>
        <div style={{ marginTop: 10, color: '#576b95', fontSize: 13 }}>{t('studio.preview.readMore')}</div>
      </div>
    </div>
  );
}

/** Douyin: a vertical 9:16 video card, the caption over the cover at the bottom. */
function DouyinPreview({ workspaceId, accountName, content, sponsored, platform }: PreviewProps) {
  const { t } = useTranslation();
  const cover = content.media[0];
  return (
    <div data-testid="preview-douyin" style={{ ...card, maxWidth: 260, aspectRatio: '9 / 16', position: 'relative', background: '#161823', color: '#fff' }}>
      {cover ? <Thumb workspaceId={workspaceId} assetId={cover.assetId} style={{ position: 'absolute', inset: 0 }} /> : null}
      <div style={{ position: 'absolute', right: 10, bottom: 90, display: 'flex', flexDirection: 'column', gap: 14, fontSize: 20, alignItems: 'center' }}>
        <Avatar style={{ background: '#fe2c55' }}>{accountName.slice(0, 1)}</Avatar>
        <HeartOutlined />
        <MessageOutlined />
        <StarOutlined />
      </div>
      <div style={{ position: 'absolute', left: 0, right: 50, bottom: 0, padding: 12, background: 'linear-gradient(transparent, rgba(0,0,0,0.6))' }}>
        <div style={{ fontWeight: 600 }}>@{accountName}</div>
        <div style={{ fontSize: 13 }}>
          <Text clamp={3}>
            {content.title ? `${content.title} ` : ''}
            {content.body} <Tags platform={platform} tags={content.hashtags} color="#fff" />
          </Text>
        </div>
        {sponsored ? <div style={{ fontSize: 11, opacity: 0.8 }}>{t('studio.preview.ad')}</div> : null}
      </div>
    </div>
  );
}

/** Xiaohongshu: the note — 3:4 cover, bold title, text with #tag, author row with a heart. */
function XiaohongshuPreview({ workspaceId, accountName, content, sponsored, platform }: PreviewProps) {
  const { t } = useTranslation();
  const cover = content.media[0];
  return (
    <div data-testid="preview-xiaohongshu" style={{ ...card, maxWidth: 300 }}>
      <div style={{ aspectRatio: '3 / 4', background: '#fafafa' }}>{cover ? <Thumb workspaceId={workspaceId} assetId={cover.assetId} /> : null}</div>
      <div style={{ padding: 10 }}>
        <div style={{ fontWeight: 600, marginBottom: 4 }}>{content.title || t('studio.untitled')}</div>
        <div style={{ fontSize: 13, color: '#333' }}>
          <Text clamp={5}>
            {content.body} <Tags platform={platform} tags={content.hashtags} color="#13386c" />
          </Text>
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 8, fontSize: 12, color: '#666' }}>
          <span>
            <Avatar size={20} style={{ background: '#ff2442', marginRight: 6 }}>
              {accountName.slice(0, 1)}
            </Avatar>
            {accountName}
            {sponsored ? ` · ${t('studio.preview.ad')}` : ''}
          </span>
          <HeartOutlined />
        </div>
      </div>
    </div>
  );
}

/** Any other platform: name, title, text with #tag, images. */
function GenericPreview({ workspaceId, accountName, content, sponsored, platform }: PreviewProps) {
  const { t } = useTranslation();
  return (
    <div style={card} data-testid="preview-generic">
      <div style={{ display: 'flex', gap: 10, padding: 12, alignItems: 'center' }}>
        <Avatar>{accountName.slice(0, 1)}</Avatar>
        <div>
          <div style={{ fontWeight: 600 }}>{accountName}</div>
          <div style={{ color: '#999', fontSize: 12 }}>
            {t('studio.preview.now')}
            {sponsored ? ` · ${t('studio.preview.ad')}` : ''}
          </div>
        </div>
      </div>
      <div style={{ padding: '0 12px 12px' }}>
        {content.title ? <div style={{ fontWeight: 600, marginBottom: 4 }}>{content.title}</div> : null}
        <Text>
          {content.body} <Tags platform={platform} tags={content.hashtags} />
        </Text>
        {content.media.length ? (
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 4, marginTop: 8 }}>
            {content.media.slice(0, 4).map((m, i) => (
              <div key={`${m.assetId}-${i}`} style={{ aspectRatio: '1 / 1' }}>
                <Thumb workspaceId={workspaceId} assetId={m.assetId} />
              </div>
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** A preview that looks like the platform's own post. */
export function PostPreview(props: PreviewProps) {
  const p = props.platform;
  const View =
    p === 'weibo' ? WeiboPreview : p === 'wechat_oa' || p === 'wechat' ? WechatPreview : p === 'douyin' || p === 'kuaishou' ? DouyinPreview : p === 'xiaohongshu' ? XiaohongshuPreview : GenericPreview;
  return (
    <div data-testid="post-preview" data-platform={p}>
      <View {...props} />
    </div>
  );
}
