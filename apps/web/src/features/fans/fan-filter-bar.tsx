import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjs, toUtcIso } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { IDENTITY_KINDS, type FanFilters, type IdentityKind } from './fans.api';
import { PlatformIcon } from './platform-icon';
import { useAccountDirectory } from './use-account-directory';

interface Values {
  q?: string;
  kind?: IdentityKind;
  accountId?: string;
  consent?: string;
  seenFrom?: Dayjs | null;
  seenTo?: Dayjs | null;
  trait?: string;
}

const trim = (s?: string) => (s && s.trim() ? s.trim() : undefined);

/** Search box and filters of the fans list; dates are days in the workspace time zone, sent as UTC instants. */
export function FanFilterBar({ value, onChange }: { value: FanFilters; onChange: (f: FanFilters) => void }) {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const directory = useAccountDirectory(workspace.id);
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue({
      q: value.q,
      kind: value.kind,
      accountId: value.accountId,
      consent: value.consent,
      seenFrom: value.seenAfter ? dayjs(value.seenAfter).tz(timeZone) : null,
      seenTo: value.seenBefore ? dayjs(value.seenBefore).tz(timeZone).subtract(1, 'day') : null,
      trait: value.trait,
    });
  }, [form, value, timeZone]);

  const apply = (v: Values) =>
    onChange({
      q: trim(v.q),
      kind: v.kind || undefined,
      accountId: v.accountId || undefined,
      consent: trim(v.consent),
      seenAfter: v.seenFrom ? toUtcIso(v.seenFrom.startOf('day'), timeZone) : undefined,
      // the end day is included: everything before the next midnight in the workspace zone
      seenBefore: v.seenTo ? toUtcIso(v.seenTo.add(1, 'day').startOf('day'), timeZone) : undefined,
      trait: trim(v.trait),
    });

  return (
    <Form form={form} onFinish={apply} style={{ marginBottom: 16 }} data-testid="fans-filters">
      <Space wrap align="start" size={[8, 0]}>
        <Form.Item name="q">
          <Input.Search
            data-testid="fans-search"
            allowClear
            placeholder={t('fans.searchPlaceholder')}
            enterButton
            maxLength={100}
            style={{ width: 380 }}
            onSearch={() => form.submit()}
          />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            allowClear
            placeholder={t('fans.filters.kind')}
            style={{ width: 170 }}
            data-testid="fans-filter-kind"
            options={IDENTITY_KINDS.map((k) => ({ value: k, label: t(`fans.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="accountId">
          <Select
            allowClear
            showSearch
            optionFilterProp="title"
            placeholder={t('fans.filters.account')}
            style={{ width: 230 }}
            data-testid="fans-filter-account"
            options={directory.accounts.map((a) => ({
              value: a.id,
              title: `${a.name} ${a.platformName}`,
              label: (
                <Space size={6}>
                  <PlatformIcon platform={a.platform} title={a.platformName} size={14} />
                  {a.name}
                </Space>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item name="consent" rules={[{ pattern: /^[a-z][a-z0-9_.-]{0,63}$/, message: t('fans.filters.consent') }]}>
          <Input allowClear placeholder={t('fans.filters.consent')} style={{ width: 260 }} maxLength={64} />
        </Form.Item>
        <Form.Item name="seenFrom">
          <DatePicker placeholder={t('fans.filters.seenFrom')} />
        </Form.Item>
        <Form.Item name="seenTo">
          <DatePicker placeholder={t('fans.filters.seenTo')} />
        </Form.Item>
        <Form.Item name="trait" rules={[{ pattern: /^[^=]{1,64}=.{0,200}$/s, message: t('fans.filters.traitInvalid') }]}>
          <Input allowClear placeholder={t('fans.filters.trait')} style={{ width: 200 }} data-testid="fans-filter-trait" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="fans-apply">{t('common.filter')}</Button>
        </Form.Item>
        <Form.Item>
          <Button onClick={() => { form.resetFields(); onChange({}); }}>{t('common.reset')}</Button>
        </Form.Item>
      </Space>
    </Form>
  );
}
