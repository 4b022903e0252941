import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELDS, type Field } from './query-form';

export type BreakdownForm = { field: Field; property?: string } | null;

/** Split the result by a column or a property of the (first) event. */
export function BreakdownSelect({ value, onChange, testId }: { value: BreakdownForm; onChange: (v: BreakdownForm) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Space size={6} wrap>
      <Select<Field | 'none'>
        data-testid={testId}
        value={value?.field ?? 'none'}
        style={{ width: 140 }}
        onChange={(field) => onChange(field === 'none' ? null : { field, property: field === 'property' ? '' : undefined })}
        options={[{ value: 'none' as const, label: t('funnels.query.noBreakdown') }, ...FIELDS.map((f) => ({ value: f, label: t(`funnels.query.fields.${f}`) }))]}
      />
      {value?.field === 'property' ? (
        <Input data-testid={`${testId}-property`} value={value.property} style={{ width: 140 }} placeholder={t('funnels.query.propertyKey')} onChange={(e) => onChange({ field: 'property', property: e.target.value })} />
      ) : null}
    </Space>
  );
}
