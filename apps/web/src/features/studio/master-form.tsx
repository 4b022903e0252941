import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MasterDraft } from './master-draft';
import { MediaField } from './media-field';
import { FUNNEL_STAGES } from './studio.api';

const stripTag = (v: string) => v.trim().replace(/^[#@]+|#+$/g, '').trim();
const tagsOf = (values: string[]) => [...new Set(values.map(stripTag).filter((v) => v !== '' && !/\s/u.test(v)))];

/** The master's fields, controlled by the editor page (read-only unless the item is an editable draft). */
export function MasterForm({ workspaceId, draft, onChange, readOnly }: { workspaceId: string; draft: MasterDraft; onChange: (d: MasterDraft) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const set = <K extends keyof MasterDraft>(key: K, value: MasterDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <Form layout="vertical" disabled={readOnly} data-testid="studio-master-form">
      <Form.Item label={t('studio.editor.title')}>
        <Input data-testid="studio-title" value={draft.title} maxLength={500} placeholder={t('studio.editor.titlePlaceholder')} onChange={(e) => set('title', e.target.value)} />
      </Form.Item>
      <Form.Item label={t('studio.editor.body')}>
        <Input.TextArea data-testid="studio-body" value={draft.body} autoSize={{ minRows: 6, maxRows: 18 }} placeholder={t('studio.editor.bodyPlaceholder')} onChange={(e) => set('body', e.target.value)} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('studio.editor.topics')} help={t('studio.editor.topicsHelp')}>
            <Select data-testid="studio-topics" mode="tags" value={draft.topics} tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} onChange={(v: string[]) => set('topics', tagsOf(v))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('studio.editor.mentions')} help={t('studio.editor.mentionsHelp')}>
            <Select data-testid="studio-mentions" mode="tags" value={draft.mentions} tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} onChange={(v: string[]) => set('mentions', tagsOf(v))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('studio.editor.pillar')}>
            <Input data-testid="studio-pillar" value={draft.pillar} maxLength={100} onChange={(e) => set('pillar', e.target.value)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('studio.editor.stage')}>
            <Select
              data-testid="studio-stage"
              allowClear
              value={draft.funnelStage ?? undefined}
              onChange={(v?: MasterDraft['funnelStage']) => set('funnelStage', v ?? null)}
              options={FUNNEL_STAGES.map((s) => ({ value: s, label: t(`studio.stages.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('studio.editor.campaign')}>
            <Input data-testid="studio-campaign" value={draft.campaign} maxLength={100} onChange={(e) => set('campaign', e.target.value)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('studio.editor.sponsored')}>
        <Switch data-testid="studio-sponsored" checked={draft.sponsored} onChange={(v) => set('sponsored', v)} />
      </Form.Item>
      <Form.Item label={t('studio.editor.media')}>
        <MediaField workspaceId={workspaceId} value={draft.media} onChange={(media) => set('media', media)} disabled={readOnly} />
      </Form.Item>
    </Form>
  );
}
