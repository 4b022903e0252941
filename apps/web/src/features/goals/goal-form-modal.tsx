import { App, Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { normalizeLanguage } from '../../lib/i18n/index';
import { dayjs } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useAccountDirectory } from '../fans/use-account-directory';
import { useMetricCatalogById } from '../metrics/metrics.api';
import { useGoalMutations, type Goal, type GoalPatchBody, type NewGoalBody } from './goals.api';
import { isRateUnit } from './goal-format';

interface FormValues {
  name: string;
  metricId: string;
  accountId?: string;
  baselineValue?: number | null;
  targetType: 'value' | 'percent';
  targetValue?: number | null;
  targetChangePercent?: number | null;
  dates: [Dayjs, Dayjs];
  stage?: string;
}

const GROUP_ORDER = ['audience', 'content', 'engagement', 'conversion', 'commerce', 'loyalty', 'cost'] as const;
/** Rates are typed in percent in the form and sent as fractions. */
const toApi = (v: number, rate: boolean) => (rate ? v / 100 : v);
const toForm = (v: number, rate: boolean) => (rate ? Math.round(v * 100 * 1e6) / 1e6 : v);

/** Create a goal, or edit one (`goal`). */
export function GoalFormModal({ open, goal, onClose }: { open: boolean; goal: Goal | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { workspace } = useWorkspace();
  const [form] = Form.useForm<FormValues>();
  const { create, update } = useGoalMutations(workspace.id);
  const catalog = useMetricCatalogById(workspace.id);
  const directory = useAccountDirectory(workspace.id);
  const [error, setError] = useState<string>();
  const lang = normalizeLanguage(i18n.language);
  const metricId = Form.useWatch('metricId', form);
  const targetType = Form.useWatch('targetType', form);
  const unit = metricId ? catalog.data?.get(metricId)?.unit : undefined;
  const rate = isRateUnit(unit);
  const catalogReady = catalog.data !== undefined;

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.resetFields();
    if (goal) {
      const r = isRateUnit(catalog.data?.get(goal.metricId)?.unit);
      form.setFieldsValue({
        name: goal.name,
        metricId: goal.metricId,
        accountId: goal.accountId ?? undefined,
        baselineValue: toForm(goal.baselineValue, r),
        targetType: goal.targetChangePercent === null ? 'value' : 'percent',
        targetValue: goal.targetValue === null ? undefined : toForm(goal.targetValue, r),
        targetChangePercent: goal.targetChangePercent ?? undefined,
        dates: [dayjs(goal.startDate), dayjs(goal.endDate)],
        stage: goal.stage ?? undefined,
      });
    } else {
      const today = dayjs().tz(workspace.timeZone).format('YYYY-MM-DD');
      form.setFieldsValue({ targetType: 'percent', dates: [dayjs(today), dayjs(today).add(89, 'day')] });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when the modal opens (or once the catalog arrives), not on every catalog read
  }, [open, goal, form, catalogReady, workspace.timeZone]);

  const metricOptions = GROUP_ORDER.map((group) => ({
    label: group,
    options: [...(catalog.data?.values() ?? [])].filter((m) => m.group === group).map((m) => ({ value: m.id, label: m.name[lang], title: m.formulaText })),
  })).filter((g) => g.options.length > 0);

  const submit = async (v: FormValues) => {
    setError(undefined);
    const target =
      v.targetType === 'percent' ? { targetChangePercent: v.targetChangePercent ?? undefined } : { targetValue: v.targetValue === null || v.targetValue === undefined ? undefined : toApi(v.targetValue, rate) };
    const common = {
      name: v.name,
      metricId: v.metricId,
      accountId: v.accountId ?? null,
      startDate: v.dates[0].format('YYYY-MM-DD'),
      endDate: v.dates[1].format('YYYY-MM-DD'),
      stage: v.stage?.trim() ? v.stage.trim() : null,
      ...target,
    };
    const baseline = v.baselineValue === null || v.baselineValue === undefined ? null : toApi(v.baselineValue, rate);
    try {
      if (goal) {
        const body: GoalPatchBody = { ...common };
        // an untouched baseline stays as it is (a computed one is recomputed by the server when the scope changes)
        if (form.isFieldTouched('baselineValue') || metricId !== goal.metricId) body.baselineValue = baseline;
        await update.mutateAsync({ id: goal.id, body });
        void message.success(t('goals.saved'));
      } else {
        const body: NewGoalBody = { ...common, ...(baseline === null ? {} : { baselineValue: baseline }) };
        await create.mutateAsync(body);
        void message.success(t('goals.created'));
      }
      onClose();
    } catch (err) {
      setError(applyFieldErrors(form, err));
    }
  };

  return (
    <Modal
      open={open}
      title={goal ? t('goals.edit') : t('goals.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'goal-submit', loading: create.isPending || update.isPending }}
      destroyOnHidden
      width={620}
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="goal-error" /> : null}
      <Form<FormValues> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="name" label={t('goals.form.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="goal-name" placeholder={t('goals.form.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="metricId" label={t('goals.form.metric')} rules={[{ required: true, message: t('common.required') }]}>
          <Select data-testid="goal-metric" showSearch optionFilterProp="label" options={metricOptions} loading={catalog.isPending} />
        </Form.Item>
        {metricId && catalog.data?.get(metricId) && !catalog.data.get(metricId)!.forecastable ? <Alert type="warning" showIcon message={t('goals.form.noForecast')} style={{ marginBottom: 12 }} /> : null}
        <Form.Item name="accountId" label={t('goals.form.account')}>
          <Select data-testid="goal-account" allowClear placeholder={t('goals.allAccounts')} options={directory.accounts.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="dates" label={t('goals.form.dates')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker.RangePicker data-testid="goal-dates" allowClear={false} />
        </Form.Item>
        <Form.Item name="baselineValue" label={t('goals.form.baseline')} extra={t('goals.form.baselineHelp') + (rate ? ` ${t('goals.form.percentHint')}` : '')}>
          <InputNumber data-testid="goal-baseline" style={{ width: '100%' }} addonAfter={rate ? '%' : undefined} />
        </Form.Item>
        <Form.Item name="targetType" label={t('goals.form.targetType')}>
          <Radio.Group
            data-testid="goal-target-type"
            options={[
              { value: 'percent', label: <span data-testid="goal-target-type-percent">{t('goals.form.targetTypes.percent')}</span> },
              { value: 'value', label: <span data-testid="goal-target-type-value">{t('goals.form.targetTypes.value')}</span> },
            ]}
          />
        </Form.Item>
        {targetType === 'value' ? (
          <Form.Item name="targetValue" label={t('goals.form.targetValue')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber data-testid="goal-target-value" style={{ width: '100%' }} addonAfter={rate ? '%' : undefined} />
          </Form.Item>
        ) : (
          <Form.Item name="targetChangePercent" label={t('goals.form.targetChangePercent')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber data-testid="goal-target-percent" style={{ width: '100%' }} addonAfter="%" min={-100} />
          </Form.Item>
        )}
        <Form.Item name="stage" label={t('goals.form.stage')}>
          <Input data-testid="goal-stage" placeholder={t('goals.form.stagePlaceholder')} maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
