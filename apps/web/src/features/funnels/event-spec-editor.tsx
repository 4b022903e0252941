import { Space } from 'antd';
import { EventPicker, type EventNameOption } from './event-picker';
import { FilterRows } from '../query-controls/filter-rows';
import type { EventForm } from './query-form';

/** An event name and its conditions (a funnel step, an exclusion, a retention event). */
export function EventSpecEditor({ value, onChange, names, testId }: { value: EventForm; onChange: (v: EventForm) => void; names: EventNameOption[]; testId: string }) {
  return (
    <Space direction="vertical" size={6}>
      <EventPicker value={value.event} onChange={(event) => onChange({ ...value, event })} names={names} testId={`${testId}-event`} />
      <FilterRows value={value.filters} onChange={(filters) => onChange({ ...value, filters })} testId={`${testId}-filters`} />
    </Space>
  );
}
