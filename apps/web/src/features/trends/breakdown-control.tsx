import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELDS, type Field, type TrendForm } from './trend-form';

/** Split every series by an event column or a property (the largest values by total). */
export function BreakdownControl({ value, onChange }: { value: TrendForm['breakdown']; onChange: (v: TrendForm['breakdown']) => void }) {
  const { t } = useTranslation();
  return (
    <Space size={8} wrap>
      <Select<Field | 'none'>
        data-testid="breakdown"
        value={value?.field ?? 'none'}
        style={{ width: 140 }}
        onChange={(field) => onChange(field === 'none' ? null : { field })}
        options={[{ value: 'none' as const, label: t('trends.noBreakdown') }, ...FIELDS.map((f) => ({ value: f, label: t(`trends.fields.${f}`) }))]}
      />
      {value?.field === 'property' ? (
        <Input data-testid="breakdown-property" value={value.property} style={{ width: 150 }} placeholder={t('trends.propertyKey')} onChange={(e) => onChange({ field: 'property', property: e.target.value })} />
      ) : null}
    </Space>
  );
}
