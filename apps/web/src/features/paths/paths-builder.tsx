import { Col, Form, InputNumber, Row, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventNameOption } from '../funnels/event-picker';
import { EventSpecEditor } from '../funnels/event-spec-editor';
import { FilterRows } from '../query-controls/filter-rows';
import { DateRangeControl } from '../query-controls/date-range-control';
import { MAX_STEPS, type PathsForm } from './paths-form';

export function PathsBuilder({ form, onChange, names, timeZone }: { form: PathsForm; onChange: (f: PathsForm) => void; names: EventNameOption[]; timeZone: string }) {
  const { t } = useTranslation();
  const patch = (p: Partial<PathsForm>) => onChange({ ...form, ...p });
  return (
    <Form layout="vertical" component="div">
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={12}>
          <Form.Item label={t('funnels.query.range')} extra={t('paths.rangeHelp')}>
            <DateRangeControl value={form.range} onChange={(range) => patch({ range })} timeZone={timeZone} testId="paths-range" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8} xl={4}>
          <Form.Item label={t('paths.direction')}>
            <Segmented
              data-testid="paths-direction"
              value={form.direction}
              onChange={(direction) => patch({ direction: direction as PathsForm['direction'] })}
              options={(['after', 'before'] as const).map((d) => ({ value: d, label: <span data-testid={`paths-direction-${d}`}>{t(`paths.directions.${d}`)}</span> }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8} xl={4}>
          <Form.Item label={t('paths.steps')}>
            <InputNumber<number> data-testid="paths-steps" min={1} max={MAX_STEPS} value={form.steps} onChange={(steps) => patch({ steps: steps ?? 1 })} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8} xl={4}>
          <Form.Item label={t('paths.limit')}>
            <InputNumber<number> data-testid="paths-limit" min={1} max={100} value={form.limit} onChange={(limit) => patch({ limit: limit ?? 20 })} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={12}>
          <Form.Item label={t('paths.anchor')} extra={t('paths.anchorHelp')}>
            <EventSpecEditor value={form.anchor} onChange={(anchor) => patch({ anchor })} names={names} testId="paths-anchor" />
          </Form.Item>
        </Col>
        <Col xs={24} xl={12}>
          <Form.Item label={t('paths.exclude')} extra={t('paths.excludeHelp')}>
            <Select
              data-testid="paths-exclude"
              mode="tags"
              value={form.excludeEvents}
              onChange={(excludeEvents: string[]) => patch({ excludeEvents })}
              options={names.map((n) => ({ value: n.name, label: n.name }))}
              style={{ minWidth: 240 }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('funnels.query.filters')} extra={t('funnels.query.filtersHelp')} style={{ marginBottom: 0 }}>
        <FilterRows value={form.filters} onChange={(filters) => patch({ filters })} testId="paths-filters" />
      </Form.Item>
    </Form>
  );
}
