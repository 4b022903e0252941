import { listAccounts } from '@resonance/accounts';
import { contentHeatmap } from '@resonance/analytics';
import type { BestTimes } from '@resonance/content';
import { getWorkspace } from '@resonance/identity-access';

/**
 * The content module's `bestTimes` port from the analytics posting-time heatmap: the account's best
 * hours (analytics ranks hours of the day over its 90-day window, all weekdays together), given for
 * every weekday in the workspace time zone; null while the account has too little history.
 */
export const bestTimes: BestTimes = async (db, workspaceId, accountId) => {
  const [workspace, accounts] = await Promise.all([getWorkspace(db, workspaceId), listAccounts(db, workspaceId)]);
  if (!accounts.some((a) => a.id === accountId)) return null;
  const heatmap = await contentHeatmap(db, workspaceId, { accountId }, { timeZone: workspace.timeZone, accounts });
  const best = heatmap.bestTimes.accounts.find((a) => a.accountId === accountId);
  if (!best || best.status !== 'ok') return null;
  return best.slots.flatMap((s, rank) =>
    [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, hour: s.hour, score: best.slots.length - rank })),
  );
};
