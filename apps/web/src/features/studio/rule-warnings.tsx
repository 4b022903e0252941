import { Alert, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VariantChecks } from './studio.api';

/** The platform-rule findings of one variant, errors first (as the server sorts them). */
export function RuleWarnings({ checks, loading }: { checks: VariantChecks | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation();
  if (!checks) return <Typography.Text type="secondary">{loading ? t('studio.compliance.checking') : ''}</Typography.Text>;
  const zh = i18n.language.startsWith('zh');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={6} data-testid="rule-warnings">
      {checks.findings.length === 0 ? (
        <Typography.Text type="success" data-testid="rules-ok">
          {t('studio.variants.rulesOk')}
        </Typography.Text>
      ) : (
        checks.findings.map((f) => (
          <Alert
            key={`${f.code}:${f.field}`}
            data-testid="rule-warning"
            data-code={f.code}
            data-severity={f.severity}
            type={f.severity === 'error' ? 'error' : 'warning'}
            showIcon
            message={zh ? f.message.zh : f.message.en}
          />
        ))
      )}
      {checks.rulesFrom.length ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('studio.variants.rulesFrom', { sources: checks.rulesFrom.join(', ') })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
