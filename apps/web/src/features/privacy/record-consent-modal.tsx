import { Alert, App, AutoComplete, Button, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { dayjs, toUtcIso } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { CONSENT_PURPOSES, PURPOSE_PATTERN, useRecordConsent } from './privacy.api';

interface Values {
  purpose: string;
  granted: boolean;
  source: string;
  textVersion: string;
  at?: Dayjs | null;
}

/** Records one consent decision (given or withdrawn) with its source, text version and time. */
export function RecordConsentModal({ workspaceId, fanId, open, onClose }: { workspaceId: string; fanId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { timeZone } = useWorkspace();
  const { message } = App.useApp();
  const record = useRecordConsent(workspaceId, fanId);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const close = () => {
    form.resetFields();
    setError(undefined);
    onClose();
  };
  return (
    <Modal open={open} title={t('privacy.recordConsentTitle')} onCancel={close} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        name="consent"
        layout="vertical"
        initialValues={{ granted: true }}
        onFinish={async (v) => {
          setError(undefined);
          try {
            await record.mutateAsync({
              purpose: v.purpose.trim(),
              granted: v.granted,
              source: v.source.trim(),
              textVersion: v.textVersion.trim(),
              ...(v.at ? { at: toUtcIso(v.at, timeZone) } : {}),
            });
            message.success(t('privacy.consentSaved'));
            close();
          } catch (err) {
            setError(applyFieldErrors(form, err));
          }
        }}
      >
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          name="purpose"
          label={t('privacy.consentPurpose')}
          rules={[{ required: true, message: t('common.required') }, { pattern: PURPOSE_PATTERN, message: t('privacy.consentPurposeInvalid') }]}
        >
          <AutoComplete data-testid="consent-purpose" options={CONSENT_PURPOSES.map((p) => ({ value: p }))} filterOption={(input, o) => String(o?.value).includes(input)} />
        </Form.Item>
        <Form.Item name="granted" label={t('privacy.consentDecision')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="consent-granted"
            optionType="button"
            options={[
              { value: true, label: t('privacy.consentGranted') },
              { value: false, label: t('privacy.consentWithdrawn') },
            ]}
          />
        </Form.Item>
        <Form.Item name="source" label={t('privacy.consentSource')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="consent-source" maxLength={200} placeholder={t('privacy.consentSourcePlaceholder')} />
        </Form.Item>
        <Form.Item name="textVersion" label={t('privacy.consentTextVersion')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="consent-text-version" maxLength={200} placeholder={t('privacy.consentTextVersionPlaceholder')} />
        </Form.Item>
        <Form.Item name="at" label={t('privacy.consentAt')} extra={t('privacy.consentAtHelp')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs().tz(timeZone).endOf('day'))} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('privacy.consentOlderNote')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="consent-submit">{t('common.save')}</Button>
      </Form>
    </Modal>
  );
}
