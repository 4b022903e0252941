import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELDS, type BreakdownForm, type Field } from './filter-form';

/** Split the result by an event column or a property. */
export function BreakdownSelect({ value, onChange, testId = 'breakdown' }: { value: BreakdownForm; onChange: (v: BreakdownForm) => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Space size={8} wrap>
      <Select<Field | 'none'>
        data-testid={testId}
        value={value?.field ?? 'none'}
        style={{ width: 140 }}
        onChange={(field) => onChange(field === 'none' ? null : { field, property: field === 'property' ? '' : undefined })}
        options={[{ value: 'none' as const, label: t('queryControls.noBreakdown') }, ...FIELDS.map((f) => ({ value: f, label: t(`queryControls.fields.${f}`) }))]}
      />
      {value?.field === 'property' ? (
        <Input data-testid={`${testId}-property`} value={value.property} style={{ width: 150 }} placeholder={t('queryControls.propertyKey')} onChange={(e) => onChange({ field: 'property', property: e.target.value })} />
      ) : null}
    </Space>
  );
}
