import { Alert, Card, Col, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../lib/format';
import { PlatformIcon } from '../fans/platform-icon';
import { useMetricName } from '../metrics/metric-label';
import type { BestTimeAccount, Heatmap } from './content-insight.api';

/** The best hours per account with the rule that picked them, worded from the response's fields. */
export function BestTimeCards({ bestTimes, platformName }: { bestTimes: Heatmap['bestTimes']; platformName: (p: string) => string }) {
  const { t, i18n } = useTranslation();
  const metricName = useMetricName();
  const r = bestTimes.rule;
  const ruleText = t('contentInsight.bestTime.rule', {
    windowFrom: r.windowFrom,
    windowTo: r.windowTo,
    windowDays: r.windowDays,
    slot: t(`contentInsight.bestTime.slot.${r.slot}`),
    min: r.minPostsPerSlot,
    top: r.top,
    metric: metricName(r.metric),
    rankBy: t(`contentInsight.bestTime.rankBy.${r.rankBy}`),
    tieBreak: r.tieBreak.map((k) => t(`contentInsight.bestTime.tieBreak.${k}`)).join(i18n.language === 'en' ? ', ' : '，'),
  });
  const card = (a: BestTimeAccount) => (
    <Card
      size="small"
      data-testid={`best-time-${a.accountId}`}
      data-status={a.status}
      title={
        <span>
          <PlatformIcon platform={a.platform} title={platformName(a.platform)} /> {a.accountName}
        </span>
      }
      style={{ height: '100%' }}
    >
      {a.status === 'ok' ? (
        <>
          <List
            size="small"
            dataSource={a.slots}
            renderItem={(s, i) => (
              <List.Item style={{ paddingInline: 0 }}>
                <div>
                  <Tag color={i === 0 ? 'green' : 'default'}>#{i + 1}</Tag>
                  <Typography.Text strong data-testid={`best-time-${a.accountId}-slot-${i}`}>
                    {t('contentInsight.bestTime.slotRange', { from: String(s.hour).padStart(2, '0'), to: String((s.hour + 1) % 24).padStart(2, '0') })}
                  </Typography.Text>
                  <div style={{ fontSize: 12, color: '#6b7280' }}>
                    {t('contentInsight.bestTime.slotDetail', { metric: metricName(r.metric), median: formatRate(s.medianEngagementRate), posts: s.posts })}
                  </div>
                </div>
              </List.Item>
            )}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('contentInsight.bestTime.accountMedian', { posts: a.posts, median: formatRate(a.medianEngagementRate) })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('contentInsight.bestTime.notEnough', { windowDays: r.windowDays, posts: a.posts, min: r.minPostsPerSlot })}</Typography.Text>
      )}
    </Card>
  );
  return (
    <Card size="small" title={t('contentInsight.bestTime.title')} style={{ marginTop: 16 }}>
      <Alert type="info" showIcon data-testid="best-time-rule" message={ruleText} style={{ marginBottom: 12 }} />
      <Row gutter={[12, 12]}>
        {bestTimes.accounts.map((a) => (
          <Col key={a.accountId} xs={24} sm={12} xl={8}>
            {card(a)}
          </Col>
        ))}
      </Row>
    </Card>
  );
}
