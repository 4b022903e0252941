import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, setUnauthorizedHandler } from '../lib/api';
import { useSyncUserLanguage } from '../features/auth/use-language';
import { useMe } from '../lib/session';
import { ErrorState, Loading } from '../lib/states';

/** Loads /api/me; without a session (401 anywhere) the user goes to /login and comes back after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useSyncUserLanguage(me.data);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      queryClient.clear();
      const next = window.location.pathname + window.location.search;
      navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true });
    });
  }, [navigate, queryClient]);

  if (me.isPending) return <Loading testId="app-loading" />;
  if (me.error instanceof ApiError && me.error.status === 401) {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (me.error) return <div style={{ padding: 24 }}><ErrorState error={me.error} onRetry={() => void me.refetch()} /></div>;
  return <>{children}</>;
}
