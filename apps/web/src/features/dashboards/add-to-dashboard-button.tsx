import { AppstoreAddOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Radio, Result, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { applyFieldErrors } from '../../lib/form-errors';
import { useWorkspace } from '../../lib/workspace-context';
import type { RangeValue } from '../query-controls/range';
import { useDashboardMutations, useDashboards, type Dashboard, type QueryKind } from './dashboards.api';

interface Values {
  name: string;
  target: 'existing' | 'new';
  dashboardId?: string;
  dashboardName?: string;
}

/**
 * Saves a query (`body` as POST …/queries/<kind> takes it) and adds it as a tile to an existing or a
 * new dashboard. A new dashboard gets `range` as its date range (default: the last 28 days).
 */
export function AddToDashboardButton({ kind, body, range, defaultName }: { kind: QueryKind; body: object; range?: RangeValue; defaultName?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { workspace, can } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<Dashboard>();
  const [error, setError] = useState<string>();
  const [form] = Form.useForm<Values>();
  const dashboards = useDashboards(workspace.id);
  const { create, addQuery } = useDashboardMutations(workspace.id);
  const target = Form.useWatch('target', form);
  if (!can('analytics.write')) return null;
  const close = () => {
    setOpen(false);
    setDone(undefined);
    setError(undefined);
    form.resetFields();
  };
  const submit = async (v: Values) => {
    setError(undefined);
    try {
      const dashboardId =
        v.target === 'new' ? (await create.mutateAsync({ name: v.dashboardName!.trim(), filters: { range: range ?? { preset: '28d' } } })).id : v.dashboardId!;
      setDone(await addQuery.mutateAsync({ dashboardId, query: { name: v.name.trim(), kind, body: body as Record<string, unknown> } }));
    } catch (err) {
      setError(applyFieldErrors(form, err));
    }
  };
  return (
    <>
      <Button icon={<AppstoreAddOutlined />} onClick={() => setOpen(true)} data-testid="add-to-dashboard">
        {t('dashboards.addToDashboard')}
      </Button>
      <Modal open={open} title={t('dashboards.addToDashboard')} onCancel={close} footer={null} destroyOnHidden>
        {done ? (
          <Result
            status="success"
            title={t('dashboards.added', { name: done.name })}
            extra={[
              <Button key="open" type="primary" data-testid="add-to-dashboard-open" onClick={() => navigate(`/w/${workspace.id}/dashboards/${done.id}`)}>
                {t('dashboards.openDashboard')}
              </Button>,
              <Button key="close" onClick={close}>{t('common.done')}</Button>,
            ]}
          />
        ) : (
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ name: defaultName ?? '', target: (dashboards.data?.length ?? 0) > 0 ? 'existing' : 'new', dashboardId: dashboards.data?.[0]?.id }}
            onFinish={submit}
          >
            {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
            <Form.Item name="name" label={t('dashboards.queryName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input data-testid="add-query-name" maxLength={200} />
            </Form.Item>
            <Form.Item name="target" label={t('dashboards.target')}>
              <Radio.Group data-testid="add-target">
                <Radio value="existing" disabled={(dashboards.data?.length ?? 0) === 0} data-testid="add-target-existing">{t('dashboards.existing')}</Radio>
                <Radio value="new" data-testid="add-target-new">{t('dashboards.newDashboard')}</Radio>
              </Radio.Group>
            </Form.Item>
            {target === 'new' ? (
              <Form.Item name="dashboardName" label={t('dashboards.dashboardName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input data-testid="add-dashboard-name" maxLength={200} />
              </Form.Item>
            ) : (
              <Form.Item name="dashboardId" label={t('dashboards.dashboard')} rules={[{ required: true, message: t('common.required') }]}>
                <Select data-testid="add-dashboard-select" loading={dashboards.isPending} options={(dashboards.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" loading={create.isPending || addQuery.isPending} data-testid="add-to-dashboard-submit">
              {t('dashboards.add')}
            </Button>
          </Form>
        )}
      </Modal>
    </>
  );
}
