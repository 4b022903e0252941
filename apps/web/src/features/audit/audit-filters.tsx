import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { toUtcIso } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useMembers } from '../members/members.api';
import type { AuditFilters } from './audit.api';

interface Values {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** The filter bar; dates are picked in the workspace time zone and sent as UTC. */
export function AuditFilterBar({ onChange }: { onChange: (f: AuditFilters) => void }) {
  const { t } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const members = useMembers(workspace.id);
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) => {
    const trim = (s?: string) => (s && s.trim() ? s.trim() : undefined);
    const [from, to] = v.range ?? [];
    onChange({
      actorId: v.actorId || undefined,
      action: trim(v.action),
      targetType: trim(v.targetType),
      targetId: trim(v.targetId),
      from: from ? toUtcIso(from.startOf('day'), timeZone) : undefined,
      to: to ? toUtcIso(to.endOf('day'), timeZone) : undefined,
    });
  };
  return (
    <Form form={form} layout="inline" onFinish={apply} style={{ rowGap: 8, marginBottom: 16 }} data-testid="audit-filters">
      <Form.Item name="actorId">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('audit.actor')}
          style={{ width: 200 }}
          disabled={!can('members.read')}
          options={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name || m.email }))}
        />
      </Form.Item>
      <Form.Item name="action">
        <Input allowClear placeholder={t('audit.actionPlaceholder')} style={{ width: 180 }} data-testid="audit-filter-action" />
      </Form.Item>
      <Form.Item name="targetType">
        <Input allowClear placeholder={t('audit.targetType')} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="targetId">
        <Input allowClear placeholder={t('audit.targetId')} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-apply">{t('common.filter')}</Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={() => { form.resetFields(); apply({}); }}>{t('common.reset')}</Button>
      </Form.Item>
    </Form>
  );
}
