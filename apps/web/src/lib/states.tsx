import { Alert, Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

export function Loading({ testId = 'loading' }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId} style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip={t('common.loading')} size="large">
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return (err as Error)?.message ?? String(err);
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 403) return <Result status="403" title={t('common.forbidden')} subTitle={errorMessage(error)} />;
  if (status === 404) return <Result status="404" title={t('common.notFound')} subTitle={errorMessage(error)} />;
  return (
    <Alert
      data-testid="error-state"
      type="error"
      showIcon
      message={t('common.loadFailed')}
      description={errorMessage(error)}
      action={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

export function EmptyState({ description, children }: { description: ReactNode; children?: ReactNode }) {
  return (
    <Empty data-testid="empty-state" description={description}>
      {children}
    </Empty>
  );
}
