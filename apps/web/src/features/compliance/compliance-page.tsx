import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { useWorkspace } from '../../lib/workspace-context';
import { LexiconsPanel } from './lexicons-panel';
import { MetricsPanel } from './metrics-panel';
import { TryCheck } from './try-check';

const TABS = ['lexicons', 'check', 'metrics'] as const;
type Tab = (typeof TABS)[number];

/** Compliance: the workspace's lexicons, a try-it box and the compliance metrics (tab in the URL). */
export function CompliancePage() {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'lexicons';

  return (
    <>
      <PageHeader title={t('nav.compliance')} subtitle={t('compliance.subtitle')} />
      {!can('compliance.manage') ? (
        <Typography.Paragraph type="secondary" data-testid="compliance-read-only">
          {t('compliance.readOnly')}
        </Typography.Paragraph>
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'lexicons', label: <span data-testid="tab-lexicons">{t('compliance.tabs.lexicons')}</span>, children: <LexiconsPanel /> },
          { key: 'check', label: <span data-testid="tab-check">{t('compliance.tabs.check')}</span>, children: <TryCheck /> },
          { key: 'metrics', label: <span data-testid="tab-metrics">{t('compliance.tabs.metrics')}</span>, children: <MetricsPanel /> },
        ]}
      />
    </>
  );
}
