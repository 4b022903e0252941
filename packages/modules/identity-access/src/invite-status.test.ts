import { describe, expect, it } from 'vitest';
import { inviteStatus } from './invite-status.js';

const expires = new Date('2026-11-29T00:00:00Z');
const before = new Date('2026-11-28T23:59:59Z');

describe('inviteStatus', () => {
  it('is pending until it expires, then expired', () => {
    expect(inviteStatus({ revoked_at: null, accepted_at: null, expires_at: expires }, before)).toBe('pending');
    expect(inviteStatus({ revoked_at: null, accepted_at: null, expires_at: expires }, expires)).toBe('expired');
  });

  it('reports accepted and revoked even after expiry, revoked first', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    expect(inviteStatus({ revoked_at: null, accepted_at: before, expires_at: expires }, later)).toBe('accepted');
    expect(inviteStatus({ revoked_at: before, accepted_at: null, expires_at: expires }, later)).toBe('revoked');
    expect(inviteStatus({ revoked_at: later, accepted_at: before, expires_at: expires }, later)).toBe('revoked');
  });
});
