import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { ErrorState, errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useAccountMutations, useBrands, type Brand } from './accounts.api';

function BrandModal({ brand, open, onClose }: { brand?: Brand; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const { createBrand, renameBrand } = useAccountMutations(workspace.id);
  const [form] = Form.useForm<{ name: string }>();
  const [error, setError] = useState<string>();
  return (
    <Modal open={open} title={brand ? t('accounts.renameBrand') : t('accounts.newBrand')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ 'data-testid': 'brand-submit' }} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ name: brand?.name ?? '' }}
        onFinish={async ({ name }) => {
          setError(undefined);
          try {
            if (brand) await renameBrand.mutateAsync({ id: brand.id, name });
            else await createBrand.mutateAsync({ name });
            onClose();
          } catch (err) {
            setError(applyFieldErrors(form, err));
          }
        }}
      >
        {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
        <Form.Item name="name" label={t('accounts.brandName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="brand-name" maxLength={100} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function BrandsCard() {
  const { t } = useTranslation();
  const { workspace, can, timeZone } = useWorkspace();
  const brands = useBrands(workspace.id);
  const { deleteBrand } = useAccountMutations(workspace.id);
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ brand?: Brand } | null>(null);
  const canManage = can('brands.manage');
  return (
    <Card
      title={t('accounts.brands')}
      extra={canManage ? <Button icon={<PlusOutlined />} data-testid="new-brand" onClick={() => setEditing({})}>{t('accounts.newBrand')}</Button> : null}
      style={{ marginBottom: 16 }}
    >
      {brands.error ? (
        <ErrorState error={brands.error} onRetry={() => void brands.refetch()} />
      ) : (
        <Table<Brand>
          data-testid="brands-table"
          rowKey="id"
          size="small"
          loading={brands.isPending}
          dataSource={brands.data ?? []}
          pagination={false}
          locale={{ emptyText: t('accounts.noBrands') }}
          columns={[
            { title: t('accounts.brandName'), dataIndex: 'name' },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, timeZone) },
            {
              title: '',
              align: 'right',
              render: (_: unknown, b) =>
                canManage ? (
                  <Space>
                    <Button size="small" onClick={() => setEditing({ brand: b })}>{t('common.rename')}</Button>
                    <Popconfirm title={t('accounts.deleteBrandConfirm', { name: b.name })} onConfirm={() => deleteBrand.mutateAsync(b.id).then(() => message.success(t('common.deleted')), (e) => message.error(errorMessage(e)))}>
                      <Button size="small" danger>{t('common.delete')}</Button>
                    </Popconfirm>
                  </Space>
                ) : null,
            },
          ]}
        />
      )}
      <BrandModal open={editing !== null} brand={editing?.brand} onClose={() => setEditing(null)} />
    </Card>
  );
}
