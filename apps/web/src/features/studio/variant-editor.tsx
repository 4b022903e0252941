import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/states';
import type { Account } from '../accounts/accounts.api';
import { deriveVariant, variantContent, type MasterDraft, type VariantContent } from './master-draft';
import { MediaField } from './media-field';
import { PostPreview } from './post-preview';
import { RuleWarnings } from './rule-warnings';
import { checkDraft, type Item, type useItemMutations, type Variant } from './studio.api';
import { useDebounced } from './use-debounced';

const hashtagsOf = (values: string[]) => [...new Set(values.map((v) => v.trim().replace(/^#+|#+$/g, '')).filter((v) => v !== '' && !/\s/u.test(v)))];

/**
 * One target account's version: its fields (editing makes it customised; "reset to master" follows the
 * master again), live platform-rule warnings (400 ms after typing) and a preview in the platform's look.
 * A variant that follows the master shows the master's unsaved edits as the server will derive them.
 */
export function VariantEditor({
  workspaceId,
  item,
  variant,
  account,
  master,
  readOnly,
  mutations,
  onStale,
}: {
  workspaceId: string;
  item: Item;
  variant: Variant;
  account: Account | undefined;
  master: MasterDraft;
  readOnly: boolean;
  mutations: ReturnType<typeof useItemMutations>;
  onStale: (err: unknown) => boolean;
}) {
  // the App context's message (antd's static one does not render under React 19)
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [edit, setEdit] = useState<VariantContent | null>(null);
  const shown: VariantContent = edit ?? (variant.customised ? variantContent(variant) : deriveVariant(master));
  const set = <K extends keyof VariantContent>(key: K, value: VariantContent[K]) => setEdit({ ...shown, [key]: value });

  const settled = useDebounced(JSON.stringify(shown), 400);
  const checks = useQuery({
    queryKey: ['studio', workspaceId, 'rules', variant.accountId, settled],
    placeholderData: keepPreviousData,
    queryFn: () => checkDraft(workspaceId, { accountId: variant.accountId, ...(JSON.parse(settled) as VariantContent) }),
  });

  const fail = (err: unknown) => {
    if (!onStale(err)) message.error(errorMessage(err));
  };
  const save = () =>
    mutations.editVariant.mutate(
      { variantId: variant.id, body: { version: item.version, title: shown.title?.trim() ? shown.title : null, body: shown.body, media: shown.media, hashtags: shown.hashtags } },
      {
        onSuccess: () => {
          setEdit(null);
          message.success(t('studio.variants.variantSaved'));
        },
        onError: fail,
      },
    );
  const reset = () =>
    mutations.resetVariant.mutate(
      { variantId: variant.id, version: item.version },
      {
        onSuccess: () => {
          setEdit(null);
          message.success(t('studio.variants.resetDone'));
        },
        onError: fail,
      },
    );

  const customised = variant.customised || edit !== null;
  const accountName = account?.name ?? variant.accountId;
  const platform = checks.data?.previewPlatform ?? account?.simulates ?? variant.platform;
  return (
    <Row gutter={16} data-testid={`variant-editor-${variant.accountId}`}>
      <Col xs={24} lg={13}>
        <Space style={{ marginBottom: 8 }} wrap>
          <Tag color={customised ? 'purple' : 'default'} data-testid="variant-state" data-customised={String(customised)}>
            {customised ? t('studio.variants.customised') : t('studio.variants.followsMaster')}
          </Tag>
          {!readOnly ? (
            <>
              <Button size="small" type="primary" data-testid="variant-save" disabled={edit === null} loading={mutations.editVariant.isPending} onClick={save}>
                {t('studio.variants.saveVariant')}
              </Button>
              <Button
                size="small"
                data-testid="variant-reset"
                disabled={!customised}
                loading={mutations.resetVariant.isPending}
                onClick={() => (variant.customised ? reset() : setEdit(null))}
              >
                {t('studio.variants.resetToMaster')}
              </Button>
            </>
          ) : null}
        </Space>
        <Form layout="vertical" disabled={readOnly}>
          <Form.Item label={t('studio.editor.title')}>
            <Input data-testid="variant-title" value={shown.title ?? ''} maxLength={500} onChange={(e) => set('title', e.target.value)} />
          </Form.Item>
          <Form.Item label={t('studio.editor.body')}>
            <Input.TextArea data-testid="variant-body" value={shown.body} autoSize={{ minRows: 4, maxRows: 14 }} onChange={(e) => set('body', e.target.value)} />
          </Form.Item>
          <Form.Item label={t('studio.variants.hashtags')}>
            <Select mode="tags" data-testid="variant-hashtags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ']} value={shown.hashtags} onChange={(v: string[]) => set('hashtags', hashtagsOf(v))} />
          </Form.Item>
          <Form.Item label={t('studio.editor.media')}>
            <MediaField workspaceId={workspaceId} value={shown.media} onChange={(media) => set('media', media)} disabled={readOnly} testId="variant-media" />
          </Form.Item>
        </Form>
        <Typography.Title level={5}>{t('studio.variants.rules')}</Typography.Title>
        <RuleWarnings checks={checks.data} loading={checks.isFetching} />
        {checks.error ? <Typography.Text type="danger">{errorMessage(checks.error)}</Typography.Text> : null}
      </Col>
      <Col xs={24} lg={11}>
        <Typography.Title level={5}>{t('studio.variants.preview')}</Typography.Title>
        <PostPreview workspaceId={workspaceId} platform={platform} accountName={accountName} content={shown} sponsored={master.sponsored} />
      </Col>
    </Row>
  );
}
