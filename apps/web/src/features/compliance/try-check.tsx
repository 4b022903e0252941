import { Button, Card, Checkbox, Empty, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { useComplianceCheck, type ComplianceReport } from './compliance.api';
import { DECISION_TAG, SEVERITY_TAG } from './compliance-labels';
import { FindingHighlights } from './finding-highlights';
import { explanationIn } from './highlight-segments';

type Finding = ComplianceReport['findings'][number];

/** Paste copy, check it against the workspace's lexicons, see the findings highlighted. Nothing is stored. */
export function TryCheck() {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const check = useComplianceCheck(workspace.id);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [sponsored, setSponsored] = useState(false);
  const [checked, setChecked] = useState<{ title: string; body: string } | null>(null);
  const report = check.data;

  const run = () => {
    setChecked({ title, body });
    check.mutate({ title: title || null, body, sponsored });
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Form layout="vertical" onFinish={run}>
          <Form.Item label={t('compliance.check.title')}>
            <Input data-testid="check-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={1000} />
          </Form.Item>
          <Form.Item label={t('compliance.check.body')}>
            <Input.TextArea data-testid="check-body" value={body} onChange={(e) => setBody(e.target.value)} rows={5} placeholder={t('compliance.check.bodyPlaceholder')} maxLength={100_000} />
          </Form.Item>
          <Space>
            <Checkbox data-testid="check-sponsored" checked={sponsored} onChange={(e) => setSponsored(e.target.checked)}>
              {t('compliance.check.sponsored')}
            </Checkbox>
            <Button type="primary" htmlType="submit" data-testid="check-run" loading={check.isPending} disabled={!body.trim() && !title.trim()}>
              {t('compliance.check.run')}
            </Button>
          </Space>
        </Form>
      </Card>
      {check.error ? <ErrorState error={check.error} onRetry={run} /> : null}
      {!report || !checked ? (
        check.isPending ? null : <Empty description={t('compliance.check.idle')} />
      ) : (
        <Card
          size="small"
          data-testid="check-result"
          title={
            <Space>
              <Tag color={DECISION_TAG[report.decision]} data-testid="check-decision" data-decision={report.decision}>
                {t(`compliance.decisions.${report.decision}`)}
              </Tag>
              <span>{t('compliance.check.risk', { score: Math.round(report.riskScore) })}</span>
              <Typography.Text type="secondary">
                {report.findings.length ? t('compliance.check.findings', { count: report.findings.length }) : t('compliance.check.none')}
              </Typography.Text>
            </Space>
          }
        >
          {checked.title ? (
            <>
              <Typography.Text type="secondary">{t('compliance.check.title')}</Typography.Text>
              <FindingHighlights testId="check-title-highlights" text={checked.title} findings={report.findings.filter((f) => f.field === 'title')} />
            </>
          ) : null}
          <Typography.Text type="secondary">{t('compliance.check.body')}</Typography.Text>
          <FindingHighlights testId="check-body-highlights" text={checked.body} findings={report.findings.filter((f) => f.field === 'body')} />
          {report.findings.length ? (
            <Table<Finding>
              style={{ marginTop: 16 }}
              size="small"
              rowKey={(f) => `${f.field}-${f.rule}-${f.start}-${f.end}`}
              dataSource={report.findings}
              pagination={false}
              columns={[
                { title: t('compliance.terms.columns.term'), key: 'excerpt', render: (_: unknown, f) => f.excerpt || '—' },
                { title: t('compliance.finding.category'), key: 'category', render: (_: unknown, f) => t(`compliance.categories.${f.category}`) },
                { title: t('compliance.finding.severity'), key: 'severity', render: (_: unknown, f) => <Tag color={SEVERITY_TAG[f.severity]}>{t(`compliance.severities.${f.severity}`)}</Tag> },
                { title: t('compliance.finding.suggestion'), dataIndex: 'suggestion' },
                { title: t('compliance.finding.via'), key: 'via', render: (_: unknown, f) => t(`compliance.via.${f.via}`, { defaultValue: f.via }) },
                { title: '', key: 'explanation', render: (_: unknown, f) => explanationIn(f.explanation, i18n.language) },
              ]}
            />
          ) : null}
        </Card>
      )}
    </Space>
  );
}
