import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELDS, MAX_FILTERS, needsValue, newFilter, OPS, type FilterForm } from './filter-form';

/**
 * Conditions on events: a column (event, platform, account, post) or a property, an operator and a
 * value. With `accounts`, an account compared with equals / not equals is picked by name.
 * Test ids: the list `listTestId` (default `testId`), row i `${testId}-${i}`, its parts `${testId}-${i}-field|property|op|value|remove`, `${testId}-add`.
 */
export function FilterRows({ value, onChange, testId, listTestId = testId, accounts }: {
  value: FilterForm[];
  onChange: (v: FilterForm[]) => void;
  testId: string;
  listTestId?: string;
  accounts?: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const set = (i: number, f: FilterForm) => onChange(value.map((x, k) => (k === i ? f : x)));
  return (
    <Space direction="vertical" size={8} data-testid={listTestId}>
      {value.map((f, i) => (
        <Space key={i} wrap size={8} data-testid={`${testId}-${i}`}>
          <Select
            data-testid={`${testId}-${i}-field`}
            value={f.field}
            style={{ width: 120 }}
            onChange={(field) => set(i, { ...f, field, property: field === 'property' ? '' : undefined })}
            options={FIELDS.map((x) => ({ value: x, label: t(`queryControls.fields.${x}`) }))}
          />
          {f.field === 'property' ? (
            <Input data-testid={`${testId}-${i}-property`} value={f.property} style={{ width: 140 }} placeholder={t('queryControls.propertyKey')} onChange={(e) => set(i, { ...f, property: e.target.value })} />
          ) : null}
          <Select
            data-testid={`${testId}-${i}-op`}
            value={f.op}
            style={{ width: 130 }}
            onChange={(op) => set(i, { ...f, op })}
            options={OPS.map((o) => ({ value: o, label: t(`queryControls.ops.${o}`) }))}
          />
          {needsValue(f.op) ? (
            accounts && f.field === 'account' && (f.op === 'eq' || f.op === 'neq') ? (
              <Select
                data-testid={`${testId}-${i}-value`}
                value={f.value}
                style={{ width: 200 }}
                showSearch
                optionFilterProp="label"
                onChange={(v: string) => set(i, { ...f, value: v })}
                options={accounts.map((a) => ({ value: a.id, label: a.name }))}
              />
            ) : (
              <Input
                data-testid={`${testId}-${i}-value`}
                value={f.value}
                style={{ width: 200 }}
                placeholder={f.op === 'in' ? t('queryControls.listValue') : t('queryControls.value')}
                onChange={(e) => set(i, { ...f, value: e.target.value })}
              />
            )
          ) : null}
          <Button type="text" icon={<DeleteOutlined />} aria-label={t('queryControls.removeFilter')} data-testid={`${testId}-${i}-remove`} onClick={() => onChange(value.filter((_, k) => k !== i))} />
        </Space>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} disabled={value.length >= MAX_FILTERS} data-testid={`${testId}-add`} onClick={() => onChange([...value, newFilter()])}>
        {t('queryControls.addFilter')}
      </Button>
    </Space>
  );
}
