import { AutoComplete } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../lib/format';

export interface EventNameOption {
  name: string;
  count: number;
}

/** An event name: suggestions are the names seen in the workspace (with counts); any name may be typed. */
export function EventPicker({ value, onChange, names, testId, width = 200 }: { value: string; onChange: (v: string) => void; names: EventNameOption[]; testId: string; width?: number }) {
  const { t } = useTranslation();
  const q = value.trim().toLowerCase();
  const options = names
    .filter((n) => !q || n.name.toLowerCase().includes(q))
    .slice(0, 50)
    .map((n) => ({
      value: n.name,
      label: (
        <span data-testid={`${testId}-option-${n.name}`} style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
          <span>{n.name}</span>
          <span style={{ color: '#8c8c8c' }}>{formatInteger(n.count)}</span>
        </span>
      ),
    }));
  return (
    <span data-testid={testId} style={{ display: 'inline-block' }}>
      <AutoComplete value={value} onChange={onChange} options={options} style={{ width }} placeholder={t('funnels.query.eventPlaceholder')} allowClear />
    </span>
  );
}
