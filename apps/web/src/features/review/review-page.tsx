import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { ReviewInboxTable } from './review-inbox';
import { ReviewPolicies } from './review-policies';

/** 审核: the reviewer's inbox and the review policies (the settings section for levels, roles, SLAs and risk thresholds). */
export function ReviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'policies' ? 'policies' : 'inbox';
  return (
    <>
      <PageHeader title={t('review.title')} subtitle={t('review.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'inbox' ? {} : { tab: k })}
        items={[
          { key: 'inbox', label: t('review.tabs.inbox'), children: <ReviewInboxTable /> },
          { key: 'policies', label: t('review.tabs.policies'), children: <ReviewPolicies /> },
        ]}
      />
    </>
  );
}
