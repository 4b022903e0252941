/** Fan profiles for the demo audience: names and traits from the simulated worlds, platform identities, some e-mail/phone. */
import { TOPIC_KEYS, createRng, fanName, fanRemoteId, hashSeed } from '@resonance/connector-sandbox';
import type { NewFan, NewIdentity } from '@resonance/fans';
import type { DemoAudience } from './demo-audience.js';

export const PHONE_SHARE = 0.25;
export const EMAIL_SHARE = 0.12;

/** A unique, plausible mainland mobile number for person p (the 9-digit tail is a bijection of p). */
export const demoPhone = (p: number) => `+861${3 + (p % 7)}${String((p * 7919 + 12345) % 1_000_000_000).padStart(9, '0')}`;
export const demoEmail = (p: number) => `fan${p.toString(36)}@example.${['com', 'cn', 'net'][p % 3]}`;

/**
 * The fans [from, to) of the audience with their identities: a platform user id per account they
 * followed or engaged with (namespace = the account id), and for some an e-mail and/or phone.
 */
export function demoFans(audience: DemoAudience, accountIds: readonly string[], from: number, to: number, seed: number): NewFan[] {
  const fans: NewFan[] = [];
  for (let p = from; p < to; p++) {
    const { account, index } = audience.origin(p);
    const world = audience.worlds[account]!;
    const interests = TOPIC_KEYS.filter((_, bit) => world.interests[index]! & (1 << bit));
    const ids: NewIdentity[] = audience.accountsOf(p).map((a) => ({
      kind: 'platform_user',
      namespace: accountIds[a.account]!,
      value: fanRemoteId(audience.worlds[a.account]!, a.index),
    }));
    if (p < audience.poolSize) {
      const rng = createRng(hashSeed(seed, 'pii', p));
      if (rng.next() < PHONE_SHARE) ids.push({ kind: 'phone', value: demoPhone(p) });
      if (rng.next() < EMAIL_SHARE) ids.push({ kind: 'email', value: demoEmail(p) });
    }
    const range = audience.seenRange(p);
    fans.push({
      id: audience.fanId(p),
      displayName: fanName(world, index),
      traits: { interests, language: world.lang[index] === 1 ? 'en' : 'zh', ...(p >= audience.poolSize ? { acquiredVia: accountIds[account] } : {}) },
      firstSeenAt: range ? new Date(range.first) : null,
      lastSeenAt: range ? new Date(range.last) : null,
      ...(range ? { createdAt: new Date(range.first) } : {}),
      identities: ids,
    });
  }
  return fans;
}
