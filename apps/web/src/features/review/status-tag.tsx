import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusColor } from '../calendar/calendar-status';

/** The workflow state as a coloured tag (same colours as the calendar). */
export function WorkflowStatusTag({ status, testId = 'workflow-status' }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor(status)} data-testid={testId} data-status={status}>
      {t(`review.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

const DECISION_COLOR: Record<string, string> = { auto_pass: 'green', human_review: 'gold', block: 'red' };

export function DecisionTag({ decision, riskScore }: { decision: string; riskScore: number }) {
  const { t } = useTranslation();
  return (
    <Tag color={DECISION_COLOR[decision] ?? 'default'} data-testid="compliance-decision" data-decision={decision}>
      {t(`review.decision.${decision}`, { defaultValue: decision })} · {t('review.risk', { score: riskScore })}
    </Tag>
  );
}
