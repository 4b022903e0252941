import { InfoCircleOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeLanguage } from '../../lib/i18n/index';
import type { MetricDefinition } from './trends.api';

/** A metric's name in the UI language, with its definition (description and formula) in a tooltip; `iconOnly` next to a control that shows the name. */
export function MetricName({ metric, fallback, iconOnly }: { metric: MetricDefinition | undefined; fallback: string; iconOnly?: boolean }) {
  const { i18n } = useTranslation();
  if (!metric) return <span>{fallback}</span>;
  const lang = normalizeLanguage(i18n.language);
  return (
    <span>
      {iconOnly ? null : `${metric.name[lang]} `}
      <Tooltip
        title={
          <div data-testid={`metric-definition-${metric.id}`}>
            <div>{metric.description[lang]}</div>
            <Typography.Text code style={{ color: 'inherit', fontSize: 12 }}>{metric.formulaText}</Typography.Text>
          </div>
        }
      >
        <InfoCircleOutlined data-testid={`metric-help-${metric.id}`} aria-label={metric.description[lang]} style={{ color: '#8c8c8c' }} />
      </Tooltip>
    </span>
  );
}
