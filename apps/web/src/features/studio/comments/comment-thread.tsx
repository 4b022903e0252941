import { App, Avatar, Button, Card, List, Mentions, Popconfirm, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, ErrorState } from '../../../lib/states';
import { formatDateTime } from '../../../lib/time';
import { useWorkspace } from '../../../lib/workspace-context';
import { useCommentMutations, useComments, useMentionable, type Comment, type Mentionable } from './comments.api';

const newKey = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`).toString();

function MentionBox({
  value,
  onChange,
  members,
  placeholder,
  testId,
}: {
  value: string;
  onChange: (v: string) => void;
  members: Mentionable[];
  placeholder?: string;
  testId: string;
}) {
  return (
    <Mentions
      data-testid={testId}
      autoSize={{ minRows: 2, maxRows: 6 }}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      options={members.map((m) => ({ value: m.name, key: m.userId, label: `${m.name} · ${m.role}` }))}
    />
  );
}

/** A content item's comment thread with @mention autocomplete; the studio editor mounts it. */
export function CommentThread({ workspaceId, contentId }: { workspaceId: string; contentId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useWorkspace();
  const comments = useComments(workspaceId, contentId);
  const members = useMentionable(workspaceId);
  const { create, update, remove } = useCommentMutations(workspaceId, contentId);
  const [draft, setDraft] = useState('');
  const key = useRef(newKey());
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);

  const send = () => {
    if (!draft.trim()) return;
    create.mutate(
      { body: { body: draft }, key: key.current },
      {
        onSuccess: (c) => {
          setDraft('');
          key.current = newKey();
          void message.success(c.mentions.length ? t('comments.mentioned', { names: c.mentions.map((m) => m.name).join('、') }) : t('comments.sent'));
        },
        onError: (err) => void message.error(errorMessage(err)),
      },
    );
  };
  const saveEdit = () =>
    editing &&
    update.mutate(editing, { onSuccess: () => setEditing(null), onError: (err) => void message.error(errorMessage(err)) });

  return (
    <Card size="small" title={t('comments.title')} data-testid="comment-thread">
      {comments.error ? <ErrorState error={comments.error} onRetry={() => void comments.refetch()} /> : null}
      <List<Comment>
        size="small"
        loading={comments.isPending}
        dataSource={comments.data?.items ?? []}
        locale={{ emptyText: t('comments.empty') }}
        renderItem={(c) => (
          <List.Item
            key={c.id}
            data-testid={`comment-${c.id}`}
            actions={[
              c.mine && editing?.id !== c.id ? (
                <Button key="e" type="link" size="small" onClick={() => setEditing({ id: c.id, body: c.body })}>
                  {t('comments.edit')}
                </Button>
              ) : null,
              c.canDelete ? (
                <Popconfirm key="d" title={t('comments.deleteConfirm')} onConfirm={() => remove.mutate(c.id, { onError: (err) => void message.error(errorMessage(err)) })}>
                  <Button type="link" size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              ) : null,
            ].filter(Boolean)}
          >
            <List.Item.Meta
              avatar={<Avatar size="small">{c.authorName.slice(0, 1)}</Avatar>}
              title={
                <Space size={8}>
                  <Typography.Text strong>{c.authorName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(c.createdAt, timeZone)}
                  </Typography.Text>
                  {c.edited ? <Tag>{t('comments.edited')}</Tag> : null}
                  {c.variantId ? <Tag color="blue">{t('comments.about')}</Tag> : null}
                </Space>
              }
              description={
                editing?.id === c.id ? (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <MentionBox testId="comment-edit-input" value={editing.body} onChange={(body) => setEditing({ id: c.id, body })} members={members.data ?? []} />
                    <Space>
                      <Button size="small" type="primary" loading={update.isPending} onClick={saveEdit}>
                        {t('common.save')}
                      </Button>
                      <Button size="small" onClick={() => setEditing(null)}>
                        {t('comments.cancel')}
                      </Button>
                    </Space>
                  </Space>
                ) : (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.body}</Typography.Paragraph>
                )
              }
            />
          </List.Item>
        )}
      />
      <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
        <MentionBox testId="comment-input" value={draft} onChange={setDraft} members={members.data ?? []} placeholder={t('comments.placeholder')} />
        <Button type="primary" data-testid="comment-send" loading={create.isPending} disabled={!draft.trim()} onClick={send}>
          {t('comments.send')}
        </Button>
      </Space>
    </Card>
  );
}
