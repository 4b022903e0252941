import { Alert, App, Button, Card, Form, InputNumber, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { ErrorState, Loading } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useRetention, useUpdateRetention, type Retention } from './privacy.api';

interface Values {
  limited: boolean;
  days?: number | null;
}

function RetentionForm({ current, disabled }: { current: Retention; disabled: boolean }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const { message, modal } = App.useApp();
  const update = useUpdateRetention(workspace.id);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const limited = Form.useWatch('limited', form);
  const save = async (v: Values) => {
    setError(undefined);
    try {
      await update.mutateAsync({ retentionDays: v.limited ? (v.days ?? null) : null });
      message.success(t('common.saved'));
    } catch (err) {
      setError(applyFieldErrors(form, err));
    }
  };
  return (
    <Form<Values>
      form={form}
      name="retention"
      layout="vertical"
      disabled={disabled}
      initialValues={{ limited: current.retentionDays !== null, days: current.retentionDays ?? 365 }}
      onFinish={(v) => {
        const shortened = v.limited && v.days && (current.retentionDays === null || v.days < current.retentionDays);
        if (!shortened) return void save(v);
        modal.confirm({ title: t('privacy.retentionTitle'), content: t('privacy.retentionConfirm', { days: v.days }), okButtonProps: { danger: true }, onOk: () => save(v) });
      }}
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="limited">
        <Radio.Group data-testid="retention-mode">
          <Space direction="vertical">
            <Radio value={false} data-testid="retention-forever">{t('privacy.retentionForever')}</Radio>
            <Radio value={true} data-testid="retention-limited">{t('privacy.retentionLimited')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {limited ? (
        <Form.Item
          name="days"
          label={t('privacy.retentionDays')}
          rules={[{ required: true, type: 'integer', min: 1, max: 3650, message: t('privacy.retentionRange') }]}
        >
          <InputNumber data-testid="retention-days" min={1} max={3650} precision={0} addonAfter={t('privacy.retentionDaysSuffix')} />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="retention-save">{t('common.save')}</Button>
    </Form>
  );
}

/** Settings card: how long this workspace keeps events (privacy.manage may change it). */
export function RetentionCard() {
  const { t } = useTranslation();
  const { workspace, can, timeZone } = useWorkspace();
  const retention = useRetention(workspace.id);
  return (
    <Card title={t('privacy.retentionTitle')} style={{ maxWidth: 640, marginTop: 16 }} data-testid="retention-card">
      {retention.isPending ? (
        <Loading />
      ) : retention.error ? (
        <ErrorState error={retention.error} onRetry={() => void retention.refetch()} />
      ) : (
        <>
          <Typography.Paragraph data-testid="retention-current">
            {retention.data.retentionDays === null ? t('privacy.retentionCurrentForever') : t('privacy.retentionCurrentDays', { days: retention.data.retentionDays })}
            {retention.data.updatedAt ? <Typography.Text type="secondary">{` · ${t('privacy.retentionUpdated', { at: formatDateTime(retention.data.updatedAt, timeZone) })}`}</Typography.Text> : null}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('privacy.retentionHelp')}</Typography.Paragraph>
          <RetentionForm key={`${retention.data.retentionDays}`} current={retention.data} disabled={!can('privacy.manage')} />
        </>
      )}
    </Card>
  );
}
