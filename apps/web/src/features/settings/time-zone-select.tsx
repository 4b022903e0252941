import { Select } from 'antd';
import { useMemo } from 'react';
import { supportedTimeZones, zoneLabel } from '../../lib/time';

export function TimeZoneSelect(props: { value?: string; onChange?: (v: string) => void; testId?: string }) {
  const options = useMemo(() => supportedTimeZones().map((z) => ({ value: z, label: zoneLabel(z) })), []);
  return <Select data-testid={props.testId ?? 'timezone-select'} showSearch value={props.value} onChange={props.onChange} options={options} optionFilterProp="label" />;
}
