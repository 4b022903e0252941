import type { Permission } from '@resonance/kernel';
import type { UserAction } from './state-machine.js';

/**
 * The permission each workflow action needs. The transitions route declares `content.read` (so any
 * member reaches it) and checks this inside: 403 when the caller's role lacks the action's permission.
 */
export const ACTION_PERMISSION: Readonly<Record<UserAction, Permission>> = {
  submit: 'content.write',
  withdraw: 'content.write',
  reopen: 'content.write',
  approve: 'content.review',
  reject: 'content.review',
  schedule: 'content.publish',
  unschedule: 'content.publish',
  takedown: 'content.publish',
  retry: 'content.publish',
};
