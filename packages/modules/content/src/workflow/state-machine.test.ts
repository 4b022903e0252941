import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@resonance/kernel';
import {
  CONTENT_STATES,
  SYSTEM_ACTIONS,
  TRANSITIONS,
  USER_ACTIONS,
  allowedEdges,
  canTake,
  nextState,
  userActionsFrom,
  type ContentState,
  type WorkflowAction,
} from './state-machine.js';

const ACTIONS: WorkflowAction[] = [...USER_ACTIONS, ...SYSTEM_ACTIONS];

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a refusal');
}

describe('workflow state machine', () => {
  it('walks the happy path draft → … → published and a takedown', () => {
    const path: [WorkflowAction, ContentState?][] = [
      ['submit'], ['approve'], ['schedule'], ['start_publishing'], ['publish_succeeded'], ['takedown', 'removed'],
    ];
    let s: ContentState = 'draft';
    const seen: ContentState[] = [s];
    for (const [a, outcome] of path) seen.push((s = nextState(s, a, outcome)));
    expect(seen).toEqual(['draft', 'in_review', 'approved', 'scheduled', 'publishing', 'published', 'removed']);
  });

  it('rejection goes back to draft only through reopen; a failed publish retries into scheduled', () => {
    expect(nextState('in_review', 'reject')).toBe('rejected');
    expect(nextState('rejected', 'reopen')).toBe('draft');
    expect(nextState('in_review', 'auto_block')).toBe('rejected');
    expect(nextState('publishing', 'publish_failed')).toBe('failed');
    expect(nextState('failed', 'retry')).toBe('scheduled');
    expect(nextState('published', 'takedown', 'needs_attention')).toBe('needs_attention');
    expect(nextState('needs_attention', 'takedown', 'removed')).toBe('removed');
  });

  it('refuses an illegal transition with 409 illegal_transition naming from and to', () => {
    const e = refusal(() => nextState('draft', 'approve'));
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'illegal_transition', status: 409, details: { action: 'approve', from: 'draft', to: 'approved' } });
    expect(e.message).toContain('draft');
    expect(e.message).toContain('approved');
    // an outcome the action cannot have
    expect(refusal(() => nextState('published', 'takedown', 'draft'))).toMatchObject({ code: 'illegal_transition', details: { from: 'published', to: 'draft' } });
    // takedown needs an outcome
    expect(refusal(() => nextState('published', 'takedown'))).toMatchObject({ code: 'illegal_transition', details: { to: null } });
  });

  it('property: every action from every state either follows an allowed edge or is refused', () => {
    const edges = allowedEdges();
    fc.assert(
      fc.property(fc.constantFrom(...CONTENT_STATES), fc.constantFrom(...ACTIONS), fc.option(fc.constantFrom(...CONTENT_STATES), { nil: undefined }), (from, action, outcome) => {
        let to: ContentState;
        try {
          to = nextState(from, action, outcome);
        } catch (err) {
          expect(err).toMatchObject({ code: 'illegal_transition', status: 409, details: { action, from } });
          return;
        }
        expect(canTake(from, action)).toBe(true);
        expect(edges.has(`${from}->${to}`)).toBe(true);
        expect(CONTENT_STATES).toContain(to);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: no action sequence publishes content that was not approved and scheduled since its last draft', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ACTIONS), fc.constantFrom(...CONTENT_STATES)), { maxLength: 60 }), (steps) => {
        let s: ContentState = 'draft';
        let approvedSinceDraft = false;
        let scheduledSinceApproval = false;
        for (const [action, outcome] of steps) {
          let next: ContentState;
          try {
            next = nextState(s, action, TRANSITIONS[action].to.length > 1 ? outcome : undefined);
          } catch {
            continue; // refused: the state is unchanged
          }
          if (next === 'draft') approvedSinceDraft = scheduledSinceApproval = false;
          if (next === 'approved') {
            approvedSinceDraft = true;
            scheduledSinceApproval = false;
          }
          if (next === 'scheduled') {
            expect(approvedSinceDraft).toBe(true);
            scheduledSinceApproval = true;
          }
          if (next === 'publishing' || next === 'published') expect(approvedSinceDraft && scheduledSinceApproval).toBe(true);
          if (next === 'removed' || next === 'needs_attention') expect(['published', 'needs_attention']).toContain(s);
          s = next;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('offers only the user actions each state allows', () => {
    expect(userActionsFrom('draft')).toEqual(['submit']);
    expect(userActionsFrom('in_review')).toEqual(['approve', 'reject', 'withdraw']);
    expect(userActionsFrom('approved')).toEqual(['schedule', 'withdraw']);
    expect(userActionsFrom('scheduled')).toEqual(['unschedule', 'withdraw']);
    expect(userActionsFrom('publishing')).toEqual([]);
    expect(userActionsFrom('published')).toEqual(['takedown']);
    expect(userActionsFrom('removed')).toEqual([]);
  });
});
