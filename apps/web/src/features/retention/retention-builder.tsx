import { Col, Form, InputNumber, Row, Segmented, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventNameOption } from '../funnels/event-picker';
import { EventSpecEditor } from '../funnels/event-spec-editor';
import { FilterRows } from '../query-controls/filter-rows';
import { emptyEvent } from '../funnels/query-form';
import { DateRangeControl } from '../query-controls/date-range-control';
import { INTERVALS, MAX_PERIODS, MODES, type RetentionForm } from './retention-form';

export function RetentionBuilder({ form, onChange, names, timeZone }: { form: RetentionForm; onChange: (f: RetentionForm) => void; names: EventNameOption[]; timeZone: string }) {
  const { t } = useTranslation();
  const patch = (p: Partial<RetentionForm>) => onChange({ ...form, ...p });
  return (
    <Form layout="vertical" component="div">
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={12}>
          <Form.Item label={t('retention.range')} extra={t('retention.rangeHelp')}>
            <DateRangeControl value={form.range} onChange={(range) => patch({ range })} timeZone={timeZone} testId="retention-range" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item label={t('retention.interval')}>
            <Segmented
              data-testid="retention-interval"
              value={form.interval}
              onChange={(interval) => patch({ interval: interval as RetentionForm['interval'] })}
              options={INTERVALS.map((i) => ({ value: i, label: <span data-testid={`retention-interval-${i}`}>{t(`retention.intervals.${i}`)}</span> }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item label={t('retention.periods')}>
            <InputNumber<number> data-testid="retention-periods" min={1} max={MAX_PERIODS} value={form.periods} onChange={(periods) => patch({ periods: periods ?? 1 })} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={12}>
          <Form.Item label={t('retention.startEvent')} extra={t(`retention.modeHelp.${form.mode}`)}>
            <Space direction="vertical" size={8}>
              <Segmented
                data-testid="retention-mode"
                value={form.mode}
                onChange={(mode) => patch({ mode: mode as RetentionForm['mode'] })}
                options={MODES.map((m) => ({ value: m, label: <span data-testid={`retention-mode-${m}`}>{t(`retention.modes.${m}`)}</span> }))}
              />
              <EventSpecEditor value={form.startEvent} onChange={(startEvent) => patch({ startEvent })} names={names} testId="retention-start" />
            </Space>
          </Form.Item>
        </Col>
        <Col xs={24} xl={12}>
          <Form.Item label={t('retention.returnEvent')}>
            <Space direction="vertical" size={8}>
              <Space>
                <Switch data-testid="retention-return-any" checked={form.returnEvent === null} onChange={(any) => patch({ returnEvent: any ? null : emptyEvent() })} />
                <span>{t('retention.anyEvent')}</span>
              </Space>
              {form.returnEvent ? <EventSpecEditor value={form.returnEvent} onChange={(returnEvent) => patch({ returnEvent })} names={names} testId="retention-return" /> : null}
            </Space>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('funnels.query.filters')} extra={t('funnels.query.filtersHelp')} style={{ marginBottom: 0 }}>
        <FilterRows value={form.filters} onChange={(filters) => patch({ filters })} testId="retention-filters" />
      </Form.Item>
    </Form>
  );
}
