import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { prefetchDashboardOfUrl } from '../features/dashboards/dashboards.api';
import { ApiError } from '../lib/api';
import { dayjs } from '../lib/time';
import { router } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Permission and not-found answers do not get better by asking again.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
void prefetchDashboardOfUrl(queryClient, window.location.pathname);

function LocalizedProviders() {
  const { i18n } = useTranslation();
  const isEn = i18n.language === 'en';
  useEffect(() => {
    dayjs.locale(isEn ? 'en' : 'zh-cn');
  }, [isEn]);
  return (
    <ConfigProvider locale={isEn ? enUS : zhCN} theme={{ token: { colorPrimary: '#4f46e5', borderRadius: 8 } }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedProviders />
    </QueryClientProvider>
  );
}

export { queryClient };
