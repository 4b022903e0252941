import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEVERITY_TAG } from '../compliance/compliance-labels';
import type { Finding } from './review.api';

/** Compliance findings: the offending text highlighted, where it is (master / variant, title / body), why, and what to write instead. */
export function FindingsList({ findings, compact = false }: { findings: Finding[]; compact?: boolean }) {
  const { t } = useTranslation();
  if (!findings.length) return <Typography.Text type="secondary">{t('review.noFindings')}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid="findings"
      dataSource={compact ? findings.slice(0, 3) : findings}
      renderItem={(f) => (
        <List.Item data-testid="finding" style={{ paddingInline: 0 }}>
          <Space direction="vertical" size={0}>
            <Space size={4} wrap>
              <mark data-testid="finding-highlight" style={{ background: '#ffccc7', padding: '0 2px' }}>{f.excerpt}</mark>
              <Tag color={SEVERITY_TAG[f.severity] ?? 'default'}>{t(`compliance.severities.${f.severity}`, { defaultValue: f.severity })}</Tag>
              <Tag>{t(`compliance.categories.${f.category}`, { defaultValue: f.category })}</Tag>
              {!compact ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.variantId ? t('review.variant', { id: f.variantId.slice(-6) }) : t('review.master')} · {f.field} [{f.start}, {f.end})
                </Typography.Text>
              ) : null}
            </Space>
            {!compact ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {f.explanation}
                {f.suggestion ? ` → ${f.suggestion}` : ''}
              </Typography.Text>
            ) : null}
          </Space>
        </List.Item>
      )}
    />
  );
}
