import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Checkbox, Form, InputNumber, Popconfirm, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { EmptyState, ErrorState, Loading, errorMessage } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { useBrands } from '../accounts/accounts.api';
import { usePolicyMutations, useReviewPolicies, type Policy, type PolicyBody } from './review.api';

const ROLE_OPTIONS = ['reviewer', 'admin', 'owner', 'editor'] as const;

function PolicyForm({ policy, brandId, title, onRemove }: { policy: Policy; brandId: string | null; title: string; onRemove?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace, can } = useWorkspace();
  const { save } = usePolicyMutations(workspace.id);
  const [form] = Form.useForm<PolicyBody & { alwaysHuman: boolean }>();
  const editable = can('compliance.manage');
  useEffect(() => {
    form.setFieldsValue({ ...policy, alwaysHuman: policy.autoPassBelow === null, autoPassBelow: policy.autoPassBelow ?? 20 } as never);
  }, [policy, form]);
  const alwaysHuman = Form.useWatch('alwaysHuman', form);

  const submit = async () => {
    const v = await form.validateFields();
    const body: PolicyBody = { levels: v.levels, autoPassBelow: v.alwaysHuman ? null : v.autoPassBelow, highRiskAt: v.highRiskAt, highRiskApprovals: v.highRiskApprovals };
    save.mutate(
      { brandId, body },
      { onSuccess: () => message.success(t('review.policies.saved')), onError: (err) => {
          const rest = applyFieldErrors(form, err);
          if (rest) message.error(rest);
        } },
    );
  };

  return (
    <Card size="small" title={title} data-testid={brandId ? `policy-brand-${brandId}` : 'policy-default'} extra={onRemove && editable ? (
      <Popconfirm title={t('review.policies.removeBrand')} onConfirm={onRemove}><Button size="small" danger icon={<DeleteOutlined />}>{t('review.policies.removeBrand')}</Button></Popconfirm>
    ) : null}>
      <Form form={form} layout="vertical" disabled={!editable}>
        <Typography.Paragraph strong style={{ marginBottom: 8 }}>{t('review.policies.levels')}</Typography.Paragraph>
        <Form.List name="levels">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="end" wrap>
                  <Typography.Text style={{ display: 'inline-block', width: 64, paddingBottom: 30 }}>{t('review.level', { level: i + 2 })}</Typography.Text>
                  <Form.Item name={[f.name, 'role']} label={t('review.policies.role')} rules={[{ required: true }]}>
                    <Select style={{ width: 140 }} options={ROLE_OPTIONS.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'approvals']} label={t('review.policies.approvalsCount')} rules={[{ required: true }]}>
                    <InputNumber min={1} max={5} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'slaHours']} label={t('review.policies.slaHours')} rules={[{ required: true }]}>
                    <InputNumber min={1} max={336} />
                  </Form.Item>
                  {fields.length > 1 ? <Form.Item><Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove level" /></Form.Item> : null}
                </Space>
              ))}
              {fields.length < 3 ? (
                <Form.Item><Button icon={<PlusOutlined />} onClick={() => add({ role: 'reviewer', approvals: 1, slaHours: 24 })}>{t('review.policies.addLevel')}</Button></Form.Item>
              ) : null}
            </>
          )}
        </Form.List>
        <Space wrap align="end">
          <Form.Item name="alwaysHuman" valuePropName="checked"><Checkbox data-testid="policy-always-human">{t('review.policies.neverAutoPass')}</Checkbox></Form.Item>
          <Form.Item name="autoPassBelow" label={t('review.policies.autoPassBelow')} hidden={alwaysHuman}><InputNumber min={0} max={100} /></Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="highRiskAt" label={t('review.policies.highRiskAt')} rules={[{ required: true }]}><InputNumber min={0} max={100} /></Form.Item>
          <Form.Item name="highRiskApprovals" label={t('review.policies.highRiskApprovals')} rules={[{ required: true }]}><InputNumber min={1} max={5} /></Form.Item>
        </Space>
        {editable ? <Button type="primary" data-testid="policy-save" loading={save.isPending} onClick={submit}>{t('common.save')}</Button> : null}
      </Form>
    </Card>
  );
}

/** The workspace default and per-brand overrides; editing needs compliance.manage. */
export function ReviewPolicies() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace, can } = useWorkspace();
  const policies = useReviewPolicies(workspace.id);
  const brands = useBrands(workspace.id);
  const { remove } = usePolicyMutations(workspace.id);
  const [adding, setAdding] = useState<string | null>(null);
  if (policies.isLoading) return <Loading />;
  if (policies.error || !policies.data) return <ErrorState error={policies.error} onRetry={() => policies.refetch()} />;
  const brandName = (id: string) => brands.data?.find((b) => b.id === id)?.name ?? id;
  const withPolicy = new Set(policies.data.brands.map((p) => p.brandId));
  const d = policies.data.default;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {!can('compliance.manage') ? <Alert type="info" showIcon message={t('review.policies.readOnly')} /> : null}
      <PolicyForm policy={d} brandId={null} title={`${t('review.policies.workspaceDefault')}${d.id ? '' : ` · ${t('review.policies.builtIn')}`}`} />
      {policies.data.brands.map((p) => (
        <PolicyForm key={p.brandId} policy={p} brandId={p.brandId} title={t('review.policies.brand', { brand: brandName(p.brandId!) })}
          onRemove={() => remove.mutate(p.brandId!, { onSuccess: () => message.success(t('review.policies.removed')), onError: (e) => message.error(errorMessage(e)) })} />
      ))}
      {adding ? <PolicyForm policy={{ ...d, id: null, brandId: adding }} brandId={adding} title={t('review.policies.brand', { brand: brandName(adding) })} /> : null}
      {can('compliance.manage') ? (
        brands.data?.length ? (
          <Select
            style={{ width: 280 }}
            placeholder={t('review.policies.addBrand')}
            value={null}
            onChange={(id: string) => setAdding(id)}
            options={brands.data.filter((b) => !withPolicy.has(b.id)).map((b) => ({ value: b.id, label: b.name }))}
          />
        ) : brands.isLoading ? null : <EmptyState description={t('review.policies.chooseBrand')} />
      ) : null}
    </Space>
  );
}
