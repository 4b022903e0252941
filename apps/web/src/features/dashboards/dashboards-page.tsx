import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { applyFieldErrors } from '../../lib/form-errors';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useDashboardMutations, useDashboards, type Dashboard } from './dashboards.api';

/** The workspace's dashboards; writers create new ones. */
export function DashboardsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { workspace, timeZone, can } = useWorkspace();
  const list = useDashboards(workspace.id);
  const { create } = useDashboardMutations(workspace.id);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string>();
  const [form] = Form.useForm<{ name: string }>();
  const rangeLabel = (d: Dashboard) => ('preset' in d.filters.range ? t('queryControls.lastDays', { count: Number.parseInt(d.filters.range.preset, 10) }) : `${d.filters.range.from} – ${d.filters.range.to}`);

  return (
    <>
      <PageHeader
        title={t('nav.dashboards')}
        extra={
          can('analytics.write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="dashboard-create">
              {t('dashboards.create')}
            </Button>
          ) : null
        }
      />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState description={t('dashboards.empty')} />
      ) : (
        <Table<Dashboard>
          data-testid="dashboards"
          rowKey="id"
          dataSource={list.data}
          pagination={false}
          columns={[
            { title: t('dashboards.dashboardName'), dataIndex: 'name', render: (name: string, d) => <Link to={d.id} data-testid={`dashboard-link-${d.id}`}>{name}</Link> },
            { title: t('dashboards.tiles'), render: (_: unknown, d) => d.layout.length, align: 'right', width: 100 },
            { title: t('trends.range'), render: (_: unknown, d) => rangeLabel(d), width: 200 },
            { title: t('dashboards.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v, timeZone), width: 180 },
          ]}
        />
      )}
      <Modal
        open={creating}
        title={t('dashboards.create')}
        onCancel={() => {
          setCreating(false);
          setError(undefined);
          form.resetFields();
        }}
        footer={null}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            setError(undefined);
            try {
              const d = await create.mutateAsync({ name: v.name.trim() });
              navigate(d.id);
            } catch (err) {
              setError(applyFieldErrors(form, err));
            }
          }}
        >
          {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
          <Form.Item name="name" label={t('dashboards.dashboardName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="dashboard-create-name" maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="dashboard-create-submit">
            {t('common.create')}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
