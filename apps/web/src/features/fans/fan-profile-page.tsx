import { ArrowLeftOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { ErrorState, Loading } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { FanPrivacyPanel } from '../privacy/fan-privacy-panel';
import { FanIdentitiesCard } from './fan-identities-card';
import { FanMergesCard } from './fan-merges-card';
import { FanTimelineCard } from './fan-timeline-card';
import { FanTraitsCard } from './fan-traits-card';
import { useFanProfile } from './fans.api';
import { MergeFanModal } from './merge-fan-modal';

/** One fan: identities by platform, traits, consent, event timeline, merge history and privacy. */
export function FanProfilePage() {
  const { t } = useTranslation();
  const { fanId = '' } = useParams();
  const { workspace, timeZone, can } = useWorkspace();
  const profile = useFanProfile(workspace.id, fanId);
  const [merging, setMerging] = useState(false);

  if (profile.error) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data) return <Loading />;
  const p = profile.data;

  return (
    <>
      <PageHeader
        title={<span data-testid="fan-name">{p.displayName}</span>}
        subtitle={<>{t('fans.profile.id')}: <Typography.Text className="rsn-mono" copyable>{p.id}</Typography.Text></>}
        extra={
          <>
            <Link to={`/w/${workspace.id}/fans`}><Button icon={<ArrowLeftOutlined />}>{t('fans.profile.back')}</Button></Link>
            {can('fans.merge') ? (
              <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)} data-testid="merge-open">{t('fans.mergeAction.button')}</Button>
            ) : null}
          </>
        }
      />
      {p.id !== fanId ? <Alert type="info" showIcon message={t('fans.profile.mergedNotice', { id: fanId })} style={{ marginBottom: 16 }} data-testid="merged-notice" /> : null}
      {!can('fans.pii') ? <Alert type="info" showIcon message={t('fans.masked')} style={{ marginBottom: 16 }} /> : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('fans.firstSeen')}><span data-testid="fan-first-seen">{formatDateTime(p.firstSeenAt, timeZone)}</span></Descriptions.Item>
          <Descriptions.Item label={t('fans.lastSeen')}><span data-testid="fan-last-seen">{formatDateTime(p.lastSeenAt, timeZone)}</span></Descriptions.Item>
          <Descriptions.Item label={t('fans.createdAt')}>{formatDateTime(p.createdAt, timeZone)}</Descriptions.Item>
          <Descriptions.Item label={t('fans.identities')}>{t('fans.identityCount', { count: p.identities.length })}</Descriptions.Item>
        </Descriptions>
        {p.mergedFanIds.length > 1 ? <Typography.Text type="secondary">{t('fans.profile.mergedIds', { count: p.mergedFanIds.length })}</Typography.Text> : null}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <FanIdentitiesCard identities={p.identities} />
        </Col>
        <Col xs={24} lg={14}>
          <FanTraitsCard profile={p} />
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>
        <FanTimelineCard profileId={p.id} fanIds={p.mergedFanIds} />
        <FanMergesCard fanId={p.id} />
        <FanPrivacyPanel workspaceId={workspace.id} fanId={p.id} />
      </div>
      {can('fans.merge') ? <MergeFanModal survivor={p} open={merging} onClose={() => setMerging(false)} /> : null}
    </>
  );
}
