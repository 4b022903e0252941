import { InfoCircleOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeLanguage } from '../../lib/i18n/index';
import { useWorkspace } from '../../lib/workspace-context';
import { useMetricCatalogById, type MetricDefinition } from './metrics.api';

/**
 * A metric's name in the UI language with its definition (description and formula) in a tooltip;
 * `fallback` while the definition is unknown, `iconOnly` next to a control that shows the name.
 */
export function MetricName({ metric, fallback, iconOnly, short, testId }: { metric: MetricDefinition | undefined; fallback: string; iconOnly?: boolean; short?: boolean; testId?: string }) {
  const { i18n, t } = useTranslation();
  if (!metric) return <span data-testid={testId}>{fallback}</span>;
  const lang = normalizeLanguage(i18n.language);
  return (
    <span data-testid={testId} style={{ whiteSpace: short ? 'nowrap' : undefined }}>
      {iconOnly ? null : `${metric.name[lang]} `}
      <Tooltip
        title={
          <div data-testid={`metric-definition-${metric.id}`}>
            <div>{metric.description[lang]}</div>
            <div style={{ marginTop: 4, fontSize: 12 }}>
              {t('metrics.formula')}: <Typography.Text code style={{ color: 'inherit', fontSize: 12 }}>{metric.formulaText}</Typography.Text>
            </div>
          </div>
        }
      >
        <InfoCircleOutlined data-testid={`metric-help-${metric.id}`} aria-label={metric.description[lang]} style={{ color: '#8c8c8c' }} />
      </Tooltip>
    </span>
  );
}

/** A catalog metric by id (read from `GET …/metrics`); shows the id until the catalog has loaded. */
export function MetricLabel({ id, short }: { id: string; short?: boolean }) {
  const { workspace } = useWorkspace();
  const catalog = useMetricCatalogById(workspace.id);
  return <MetricName metric={catalog.data?.get(id)} fallback={id} short={short} testId={`metric-label-${id}`} />;
}

/** A metric's name only (chart axes, legends, select options), the id until the catalog has loaded. */
export function useMetricName(): (id: string) => string {
  const { i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const catalog = useMetricCatalogById(workspace.id);
  const lang = normalizeLanguage(i18n.language);
  return (id) => catalog.data?.get(id)?.name[lang] ?? id;
}
