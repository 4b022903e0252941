import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELDS, needsValue, newFilter, OPS, type FilterForm } from './query-form';

/** Conditions on an event: a column (event, platform, account, post) or a property, an operator and a value. */
export function FilterRows({ value, onChange, testId }: { value: FilterForm[]; onChange: (v: FilterForm[]) => void; testId: string }) {
  const { t } = useTranslation();
  const set = (i: number, f: FilterForm) => onChange(value.map((x, k) => (k === i ? f : x)));
  return (
    <Space direction="vertical" size={6} data-testid={testId}>
      {value.map((f, i) => (
        <Space key={i} wrap size={6} data-testid={`${testId}-${i}`}>
          <Select
            data-testid={`${testId}-${i}-field`}
            value={f.field}
            style={{ width: 110 }}
            onChange={(field) => set(i, { ...f, field, property: field === 'property' ? '' : undefined })}
            options={FIELDS.map((x) => ({ value: x, label: t(`funnels.query.fields.${x}`) }))}
          />
          {f.field === 'property' ? (
            <Input data-testid={`${testId}-${i}-property`} value={f.property} style={{ width: 130 }} placeholder={t('funnels.query.propertyKey')} onChange={(e) => set(i, { ...f, property: e.target.value })} />
          ) : null}
          <Select
            data-testid={`${testId}-${i}-op`}
            value={f.op}
            style={{ width: 120 }}
            onChange={(op) => set(i, { ...f, op })}
            options={OPS.map((o) => ({ value: o, label: t(`funnels.query.ops.${o}`) }))}
          />
          {needsValue(f.op) ? (
            <Input
              data-testid={`${testId}-${i}-value`}
              value={f.value}
              style={{ width: 160 }}
              placeholder={f.op === 'in' ? t('funnels.query.listValue') : t('funnels.query.value')}
              onChange={(e) => set(i, { ...f, value: e.target.value })}
            />
          ) : null}
          <Button type="text" icon={<DeleteOutlined />} aria-label={t('funnels.query.removeFilter')} data-testid={`${testId}-${i}-remove`} onClick={() => onChange(value.filter((_, k) => k !== i))} />
        </Space>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} data-testid={`${testId}-add`} onClick={() => onChange([...value, newFilter()])}>
        {t('funnels.query.addFilter')}
      </Button>
    </Space>
  );
}
