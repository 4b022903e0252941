import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { DEFAULT_TIME_ZONE } from '../../lib/time';
import { TimeZoneSelect } from './time-zone-select';

export interface WorkspaceFormValues {
  name: string;
  timeZone: string;
}

/** Name + time zone; used to create a workspace and on the Settings page. */
export function WorkspaceForm(props: {
  initial?: Partial<WorkspaceFormValues>;
  submitLabel: string;
  disabled?: boolean;
  onSubmit: (values: WorkspaceFormValues) => Promise<unknown>;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WorkspaceFormValues>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Form
      form={form}
      layout="vertical"
      disabled={props.disabled}
      initialValues={{ timeZone: DEFAULT_TIME_ZONE, ...props.initial }}
      onFinish={async (values) => {
        setError(undefined);
        setBusy(true);
        try {
          await props.onSubmit(values);
        } catch (err) {
          setError(applyFieldErrors(form, err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="name" label={t('settings.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
        <Input data-testid={`${props.testIdPrefix}-name`} maxLength={100} />
      </Form.Item>
      <Form.Item name="timeZone" label={t('settings.timeZone')} extra={t('settings.timeZoneHelp')} rules={[{ required: true }]}>
        <TimeZoneSelect testId={`${props.testIdPrefix}-timezone`} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid={`${props.testIdPrefix}-submit`}>
        {props.submitLabel}
      </Button>
    </Form>
  );
}
