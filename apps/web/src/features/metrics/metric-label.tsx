import { InfoCircleOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeLanguage } from '../../lib/i18n/index';
import { useWorkspace } from '../../lib/workspace-context';
import { useMetricCatalogById } from './metrics.api';

/**
 * A catalog metric's name in the UI language with its definition (description and formula) in a
 * tooltip, read from `GET …/metrics`. Shows the id until the catalog has loaded.
 */
export function MetricLabel({ id, short }: { id: string; short?: boolean }) {
  const { i18n, t } = useTranslation();
  const { workspace } = useWorkspace();
  const catalog = useMetricCatalogById(workspace.id);
  const m = catalog.data?.get(id);
  const lang = normalizeLanguage(i18n.language);
  if (!m) return <span data-testid={`metric-label-${id}`}>{id}</span>;
  return (
    <span data-testid={`metric-label-${id}`} style={{ whiteSpace: short ? 'nowrap' : undefined }}>
      {m.name[lang]}{' '}
      <Tooltip
        title={
          <div data-testid={`metric-definition-${id}`}>
            <div>{m.description[lang]}</div>
            <div style={{ marginTop: 4, fontSize: 12 }}>
              {t('metrics.formula')}: <Typography.Text code style={{ color: 'inherit', fontSize: 12 }}>{m.formulaText}</Typography.Text>
            </div>
          </div>
        }
      >
        <InfoCircleOutlined data-testid={`metric-help-${id}`} aria-label={m.description[lang]} style={{ color: '#8c8c8c' }} />
      </Tooltip>
    </span>
  );
}

/** A metric's name only (chart axes, legends, select options), the id until the catalog has loaded. */
export function useMetricName(): (id: string) => string {
  const { i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const catalog = useMetricCatalogById(workspace.id);
  const lang = normalizeLanguage(i18n.language);
  return (id) => catalog.data?.get(id)?.name[lang] ?? id;
}
