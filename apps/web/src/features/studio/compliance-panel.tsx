import { Card, List, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/states';
import { DECISION_TAG, SEVERITY_TAG } from '../compliance/compliance-labels';
import { useComplianceCheck, type ComplianceReport } from '../compliance/compliance.api';
import { FindingHighlights } from '../compliance/finding-highlights';
import { explanationIn } from '../compliance/highlight-segments';
import { useDebounced } from './use-debounced';

type Finding = ComplianceReport['findings'][number];

/** Every finding: where, category, severity, explanation and what to write instead. */
function FindingsList({ findings }: { findings: Finding[] }) {
  const { t, i18n } = useTranslation();
  return (
    <List
      size="small"
      dataSource={findings}
      renderItem={(f, i) => (
        <List.Item key={`${f.rule}-${f.field}-${f.start}-${i}`} data-testid="compliance-finding" data-category={f.category} data-severity={f.severity} style={{ paddingInline: 0 }}>
          <Space direction="vertical" size={0}>
            <Space size={4} wrap>
              <Tag color={SEVERITY_TAG[f.severity]}>{t(`compliance.severities.${f.severity}`, { defaultValue: f.severity })}</Tag>
              <Tag>{t(`compliance.categories.${f.category}`, { defaultValue: f.category })}</Tag>
              <Typography.Text type="secondary">{t(f.field === 'title' ? 'studio.compliance.titleText' : 'studio.compliance.bodyText')}</Typography.Text>
              {f.end > f.start ? <Typography.Text mark>{f.excerpt}</Typography.Text> : null}
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {explanationIn(f.explanation, i18n.language)}
            </Typography.Text>
            {f.suggestion ? (
              <Typography.Text style={{ fontSize: 12 }}>
                {t('studio.compliance.suggestion')}：<strong>{f.suggestion}</strong>
              </Typography.Text>
            ) : null}
          </Space>
        </List.Item>
      )}
    />
  );
}

/** Live compliance check of the master's title and body (400 ms after typing stops), highlighted in place. */
export function CompliancePanel({ workspaceId, title, body, sponsored }: { workspaceId: string; title: string; body: string; sponsored: boolean }) {
  const { t } = useTranslation();
  const check = useComplianceCheck(workspaceId);
  // debounce a string: a fresh object every render would restart the timer forever
  const settled = useDebounced(JSON.stringify({ title, body, sponsored }), 400);
  const input = useMemo(() => JSON.parse(settled) as { title: string; body: string; sponsored: boolean }, [settled]);
  const { mutate } = check;
  const empty = input.title.trim() === '' && input.body.trim() === '';
  useEffect(() => {
    if (!empty) mutate({ title: input.title || null, body: input.body, sponsored: input.sponsored });
  }, [input, empty, mutate]);

  const report = empty ? undefined : check.data;
  const findings = report?.findings ?? [];
  return (
    <Card
      size="small"
      title={t('studio.compliance.title')}
      data-testid="studio-compliance"
      extra={
        <Space>
          {check.isPending ? <Spin size="small" /> : null}
          {report ? (
            <Tag color={DECISION_TAG[report.decision]} data-testid="studio-compliance-decision" data-decision={report.decision}>
              {t(`compliance.decisions.${report.decision}`, { defaultValue: report.decision })} · {Math.round(report.riskScore)}
            </Tag>
          ) : null}
        </Space>
      }
    >
      {empty ? (
        <Typography.Text type="secondary">{t('studio.compliance.nothing')}</Typography.Text>
      ) : check.isError && !report ? (
        <Typography.Text type="danger">{errorMessage(check.error)}</Typography.Text>
      ) : !report ? (
        <Typography.Text type="secondary">{t('studio.compliance.checking')}</Typography.Text>
      ) : findings.length === 0 ? (
        <Typography.Text type="success" data-testid="studio-compliance-clean">
          {t('studio.compliance.clean')}
        </Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {input.title ? (
            <div>
              <Typography.Text type="secondary">{t('studio.compliance.titleText')}</Typography.Text>
              <FindingHighlights testId="compliance-title-highlights" text={input.title} findings={findings.filter((f) => f.field === 'title')} />
            </div>
          ) : null}
          <div>
            <Typography.Text type="secondary">{t('studio.compliance.bodyText')}</Typography.Text>
            <FindingHighlights testId="compliance-body-highlights" text={input.body} findings={findings.filter((f) => f.field === 'body')} />
          </div>
          <Typography.Text strong>{t('studio.compliance.findings', { count: findings.length })}</Typography.Text>
          <FindingsList findings={findings} />
        </Space>
      )}
    </Card>
  );
}
