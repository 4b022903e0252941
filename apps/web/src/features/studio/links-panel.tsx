import { App, Button, Form, Input, List, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { EmptyState, errorMessage, ErrorState, Loading } from '../../lib/states';
import { useAccounts } from '../accounts/accounts.api';
import { useCreateLink, useLinks, type Item, type NewLinkBody } from './studio.api';

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term'] as const;
type UtmKey = (typeof UTM_KEYS)[number];
type LinkForm = { url: string; accountId?: string } & Partial<Record<UtmKey, string>>;
const utmLabel: Record<UtmKey, string> = { utm_source: 'utmSource', utm_medium: 'utmMedium', utm_campaign: 'utmCampaign', utm_content: 'utmContent', utm_term: 'utmTerm' };

/** Tracked short links of the item: a UTM builder (empty fields take the server's defaults) and the list with copy buttons. */
export function LinksPanel({ workspaceId, item, writable }: { workspaceId: string; item: Item; writable: boolean }) {
  // the App context's message (antd's static one does not render under React 19)
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [form] = Form.useForm<LinkForm>();
  const links = useLinks(workspaceId, item.id);
  const create = useCreateLink(workspaceId, item.id);
  const accounts = useAccounts(workspaceId);
  const names = new Map((accounts.data ?? []).map((a) => [a.id, a.name]));

  const submit = (v: LinkForm) => {
    const utm = Object.fromEntries(UTM_KEYS.flatMap((k) => (v[k]?.trim() ? [[k, v[k]!.trim()]] : []))) as NewLinkBody['utm'];
    create.mutate(
      { url: v.url.trim(), accountId: v.accountId ?? null, utm },
      {
        onSuccess: () => {
          message.success(t('studio.links.created'));
          form.resetFields();
        },
        onError: (err) => {
          const rest = applyFieldErrors(form, err);
          if (rest) message.error(rest);
        },
      },
    );
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('studio.links.copied'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {writable ? (
        <Form form={form} layout="vertical" size="small" onFinish={submit} data-testid="link-form">
          <Form.Item name="url" label={t('studio.links.url')} rules={[{ required: true, type: 'url' }]}>
            <Input data-testid="link-url" placeholder="https://" />
          </Form.Item>
          <Form.Item name="accountId" label={t('studio.links.account')}>
            <Select allowClear placeholder={t('studio.links.anyAccount')} options={item.accountIds.map((id) => ({ value: id, label: names.get(id) ?? id }))} />
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('studio.links.utmDefaults')}
          </Typography.Paragraph>
          {UTM_KEYS.map((k) => (
            <Form.Item key={k} name={k} label={t(`studio.links.${utmLabel[k]}`)} style={{ marginBottom: 8 }}>
              <Input data-testid={`link-${k}`} maxLength={200} />
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="link-create">
            {t('studio.links.create')}
          </Button>
        </Form>
      ) : null}
      {links.isLoading ? (
        <Loading testId="links-loading" />
      ) : links.error || !links.data ? (
        <ErrorState error={links.error} onRetry={() => links.refetch()} />
      ) : links.data.items.length === 0 ? (
        <EmptyState description={t('studio.links.empty')} />
      ) : (
        <List
          size="small"
          data-testid="link-list"
          dataSource={links.data.items}
          renderItem={(l) => (
            <List.Item
              data-testid="link-item"
              style={{ paddingInline: 0 }}
              actions={[
                <Button key="copy" size="small" data-testid="link-copy" onClick={() => copy(l.shortUrl)}>
                  {t('studio.links.copy')}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
                <Typography.Text strong data-testid="link-short">
                  {l.shortUrl}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 320 }} title={l.url}>
                  {l.url}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('studio.links.clicks', { count: l.clicks })}
                  {l.accountId ? ` · ${names.get(l.accountId) ?? l.accountId}` : ''}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
