import { Space, Tag, Tooltip, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITY_BG, SEVERITY_LINE, SEVERITY_TAG } from './compliance-labels';
import { explanationIn, highlightSegments, type HighlightFinding } from './highlight-segments';

export type { HighlightFinding } from './highlight-segments';

/** One finding as a tooltip card: category, severity, how it matched, suggestion, explanation. */
export function FindingDetail({ finding }: { finding: HighlightFinding }) {
  const { t, i18n } = useTranslation();
  return (
    <div style={{ maxWidth: 320 }}>
      <Space size={4} wrap>
        <Tag color={SEVERITY_TAG[finding.severity]}>{t(`compliance.severities.${finding.severity}`, { defaultValue: finding.severity })}</Tag>
        <Tag>{t(`compliance.categories.${finding.category}`, { defaultValue: finding.category })}</Tag>
        {finding.via ? <Tag bordered={false}>{t(`compliance.via.${finding.via}`, { defaultValue: finding.via })}</Tag> : null}
      </Space>
      <div style={{ marginTop: 4 }}>{explanationIn(finding.explanation, i18n.language)}</div>
      {finding.suggestion ? (
        <div style={{ marginTop: 4 }}>
          {t('compliance.finding.suggestion')}：<strong>{finding.suggestion}</strong>
        </div>
      ) : null}
    </div>
  );
}

/**
 * The text with every finding highlighted (nested and overlapping ones too; the most severe colours a
 * piece, the tooltip lists all). Findings without a span (e.g. a missing ad disclosure) are listed
 * under the text. Pass the findings of this text only (filter by `field` for a title or a body).
 */
export function FindingHighlights({ text, findings, testId = 'finding-highlights' }: { text: string; findings: readonly HighlightFinding[]; testId?: string }) {
  const { t } = useTranslation();
  const segments = highlightSegments(text, findings);
  const whole = findings.filter((f) => f.end <= f.start);
  return (
    <div data-testid={testId}>
      <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, wordBreak: 'break-word' }}>
        {segments.map((s) => {
          const top = s.findings[0];
          if (!top) return <Fragment key={s.start}>{s.text}</Fragment>;
          return (
            <Tooltip
              key={s.start}
              title={
                <Space direction="vertical" size={8}>
                  {s.findings.map((f, i) => (
                    <FindingDetail key={`${f.rule ?? f.category}-${f.start}-${i}`} finding={f} />
                  ))}
                </Space>
              }
              color="#fff"
              styles={{ body: { color: 'rgba(0,0,0,0.88)' } }}
            >
              <mark
                data-testid="finding-mark"
                data-severity={top.severity}
                data-category={top.category}
                style={{ background: SEVERITY_BG[top.severity], borderBottom: `2px solid ${SEVERITY_LINE[top.severity]}`, padding: '0 1px', cursor: 'help' }}
              >
                {s.text}
              </mark>
            </Tooltip>
          );
        })}
      </div>
      {whole.length > 0 ? (
        <div style={{ marginTop: 8 }} data-testid="finding-whole-text">
          <Typography.Text type="secondary">{t('compliance.finding.document')}：</Typography.Text>
          {whole.map((f, i) => (
            <Tooltip key={`${f.rule ?? f.category}-${i}`} title={<FindingDetail finding={f} />} color="#fff" styles={{ body: { color: 'rgba(0,0,0,0.88)' } }}>
              <Tag color={SEVERITY_TAG[f.severity]} style={{ cursor: 'help' }}>
                {t(`compliance.categories.${f.category}`, { defaultValue: f.category })}
              </Tag>
            </Tooltip>
          ))}
        </div>
      ) : null}
    </div>
  );
}
