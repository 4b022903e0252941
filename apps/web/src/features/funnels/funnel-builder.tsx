import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, InputNumber, Row, Segmented, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BreakdownSelect } from '../query-controls/breakdown-select';
import type { EventNameOption } from './event-picker';
import { EventSpecEditor } from './event-spec-editor';
import { FilterRows } from '../query-controls/filter-rows';
import { MAX_STEPS, ORDERS, WINDOW_UNITS, type FunnelForm, type WindowUnit } from './funnel-form';
import { emptyEvent } from './query-form';
import { DateRangeControl } from '../query-controls/date-range-control';

/** Steps (events with conditions), range, window, order, exclusion, breakdown and filters of a funnel. */
export function FunnelBuilder({ form, onChange, names, timeZone }: { form: FunnelForm; onChange: (f: FunnelForm) => void; names: EventNameOption[]; timeZone: string }) {
  const { t } = useTranslation();
  const patch = (p: Partial<FunnelForm>) => onChange({ ...form, ...p });
  return (
    <Form layout="vertical" component="div">
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={12}>
          <Form.Item label={t('funnels.query.range')}>
            <DateRangeControl value={form.range} onChange={(range) => patch({ range })} timeZone={timeZone} testId="funnel-range" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item label={t('funnels.window')} extra={t('funnels.windowHelp')}>
            <Space.Compact>
              <InputNumber<number>
                data-testid="funnel-window"
                min={1}
                max={form.window.unit === 'days' ? 366 : form.window.unit === 'hours' ? 8784 : 527_040}
                value={form.window.amount}
                onChange={(amount) => patch({ window: { ...form.window, amount: amount ?? 1 } })}
                style={{ width: 90 }}
              />
              <Select<WindowUnit>
                data-testid="funnel-window-unit"
                value={form.window.unit}
                style={{ width: 100 }}
                onChange={(unit) => patch({ window: { ...form.window, unit } })}
                options={(Object.keys(WINDOW_UNITS) as WindowUnit[]).map((u) => ({ value: u, label: t(`funnels.windowUnits.${u}`) }))}
              />
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item label={t('funnels.order')} extra={t(`funnels.orderHelp.${form.order}`)}>
            <Segmented
              data-testid="funnel-order"
              value={form.order}
              onChange={(order) => patch({ order: order as FunnelForm['order'] })}
              options={ORDERS.map((o) => ({ value: o, label: <span data-testid={`funnel-order-${o}`}>{t(`funnels.orders.${o}`)}</span> }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('funnels.steps')}>
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {form.steps.map((s, i) => (
            <Card key={i} size="small" data-testid={`funnel-step-${i + 1}`}>
              <Space align="start" wrap>
                <Typography.Text strong style={{ display: 'inline-block', minWidth: 56, lineHeight: '32px' }}>
                  {t('funnels.stepN', { n: i + 1 })}
                </Typography.Text>
                <EventSpecEditor value={s} onChange={(v) => patch({ steps: form.steps.map((x, k) => (k === i ? v : x)) })} names={names} testId={`step-${i + 1}`} />
                {form.steps.length > 2 ? (
                  <Button type="text" icon={<DeleteOutlined />} aria-label={t('funnels.removeStep')} data-testid={`step-${i + 1}-remove`} onClick={() => patch({ steps: form.steps.filter((_, k) => k !== i) })} />
                ) : null}
              </Space>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} type="dashed" disabled={form.steps.length >= MAX_STEPS} data-testid="funnel-add-step" onClick={() => patch({ steps: [...form.steps, emptyEvent()] })}>
            {t('funnels.addStep')}
          </Button>
        </Space>
      </Form.Item>
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={12}>
          <Form.Item label={t('funnels.exclusion')} extra={t('funnels.exclusionHelp')}>
            {form.exclusion ? (
              <Space align="start" wrap>
                <EventSpecEditor value={form.exclusion} onChange={(exclusion) => patch({ exclusion })} names={names} testId="exclusion" />
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('funnels.removeExclusion')} data-testid="exclusion-remove" onClick={() => patch({ exclusion: null })} />
              </Space>
            ) : (
              <Button size="small" type="dashed" icon={<PlusOutlined />} data-testid="exclusion-add" onClick={() => patch({ exclusion: emptyEvent() })}>
                {t('funnels.addExclusion')}
              </Button>
            )}
          </Form.Item>
        </Col>
        <Col xs={24} xl={12}>
          <Form.Item label={t('funnels.breakdown')} extra={t('funnels.breakdownHelp')}>
            <BreakdownSelect value={form.breakdown} onChange={(breakdown) => patch({ breakdown })} testId="funnel-breakdown-field" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('funnels.query.filters')} extra={t('funnels.query.filtersHelp')} style={{ marginBottom: 0 }}>
        <FilterRows value={form.filters} onChange={(filters) => patch({ filters })} testId="funnel-filters" />
      </Form.Item>
    </Form>
  );
}
