import { createContext, useContext, type ReactNode } from 'react';
import type { Permission } from './permissions';
import { roleCan } from './permissions';
import type { Me, MeWorkspace } from './session';

export interface WorkspaceContextValue {
  me: Me;
  workspace: MeWorkspace;
  timeZone: string;
  can: (permission: Permission) => boolean;
}

const Ctx = createContext<WorkspaceContextValue | null>(null);

export function WorkspaceProvider({ me, workspace, children }: { me: Me; workspace: MeWorkspace; children: ReactNode }) {
  const value: WorkspaceContextValue = {
    me,
    workspace,
    timeZone: workspace.timeZone,
    can: (p) => roleCan(workspace.role, p),
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current workspace, the user's role in it and the permission check. */
export function useWorkspace(): WorkspaceContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useWorkspace() outside a workspace route');
  return v;
}
