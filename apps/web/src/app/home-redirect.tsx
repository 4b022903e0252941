import { Navigate, useParams } from 'react-router-dom';
import { useMe } from '../lib/session';
import { firstPageFor } from './nav';

const LAST_KEY = 'rsn.workspace';

export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(LAST_KEY, id);
  } catch {
    /* not essential */
  }
}

function lastWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

/** `/` and `/w/:id` go to the first page the role may use in the chosen (or last used) workspace. */
export function HomeRedirect() {
  const { data: me } = useMe();
  const { workspaceId } = useParams();
  if (!me) return null;
  const wanted = workspaceId ?? lastWorkspace();
  const ws = me.workspaces.find((w) => w.id === wanted) ?? me.workspaces[0];
  if (!ws) return <Navigate to="/welcome" replace />;
  return <Navigate to={`/w/${ws.id}/${firstPageFor(ws.role)}`} replace />;
}
