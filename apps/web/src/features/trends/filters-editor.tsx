import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELDS, needsValue, OPS, type FilterForm } from './trend-form';

/** Conditions every event of the query must meet: a column (event, platform, account, post) or a property. */
export function FiltersEditor({ value, onChange, accounts }: { value: FilterForm[]; onChange: (v: FilterForm[]) => void; accounts: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const set = (i: number, f: FilterForm) => onChange(value.map((x, k) => (k === i ? f : x)));
  return (
    <Space direction="vertical" size={8} data-testid="filters-editor">
      {value.map((f, i) => (
        <Space key={i} wrap size={8} data-testid={`filter-${i}`}>
          <Select
            data-testid={`filter-${i}-field`}
            value={f.field}
            style={{ width: 120 }}
            onChange={(field) => set(i, { ...f, field, property: undefined })}
            options={FIELDS.map((x) => ({ value: x, label: t(`trends.fields.${x}`) }))}
          />
          {f.field === 'property' ? (
            <Input data-testid={`filter-${i}-property`} value={f.property} style={{ width: 140 }} placeholder={t('trends.propertyKey')} onChange={(e) => set(i, { ...f, property: e.target.value })} />
          ) : null}
          <Select
            data-testid={`filter-${i}-op`}
            value={f.op}
            style={{ width: 130 }}
            onChange={(op) => set(i, { ...f, op })}
            options={OPS.map((o) => ({ value: o, label: t(`trends.ops.${o}`) }))}
          />
          {needsValue(f.op) ? (
            f.field === 'account' && (f.op === 'eq' || f.op === 'neq') ? (
              <Select
                data-testid={`filter-${i}-value`}
                value={f.value}
                style={{ width: 200 }}
                showSearch
                optionFilterProp="label"
                onChange={(v: string) => set(i, { ...f, value: v })}
                options={accounts.map((a) => ({ value: a.id, label: a.name }))}
              />
            ) : (
              <Input
                data-testid={`filter-${i}-value`}
                value={f.value}
                style={{ width: 200 }}
                placeholder={f.op === 'in' ? t('trends.listValue') : t('trends.value')}
                onChange={(e) => set(i, { ...f, value: e.target.value })}
              />
            )
          ) : null}
          <Button aria-label={t('trends.removeFilter')} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, k) => k !== i))} data-testid={`filter-${i}-remove`} />
        </Space>
      ))}
      <Button icon={<PlusOutlined />} disabled={value.length >= 20} onClick={() => onChange([...value, { field: 'property', op: 'eq' }])} data-testid="filter-add">
        {t('trends.addFilter')}
      </Button>
    </Space>
  );
}
