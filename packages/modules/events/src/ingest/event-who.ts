import type { EventIdentity, EventWho } from './ingest.types.js';

type Props = Record<string, unknown>;
const isObject = (v: unknown): v is Props => !!v && typeof v === 'object' && !Array.isArray(v);

/** E-mail and phone in traits are identifiers too (a shared one links profiles, as Segment's identity graph does). */
function contactIdentities(traits: Props | undefined): EventIdentity[] {
  if (!traits) return [];
  const out: EventIdentity[] = [];
  if (typeof traits.email === 'string') out.push({ kind: 'email', value: traits.email });
  const phone = traits.phone ?? traits.mobile;
  if (typeof phone === 'string' || typeof phone === 'number') out.push({ kind: 'phone', value: String(phone) });
  return out;
}

function traitsOf(set: unknown, setOnce: unknown): EventWho['traits'] {
  const t: NonNullable<EventWho['traits']> = {};
  if (isObject(set) && Object.keys(set).length > 0) t.$set = set;
  if (isObject(setOnce) && Object.keys(setOnce).length > 0) t.$set_once = setOnce;
  return t.$set || t.$set_once ? t : undefined;
}

/**
 * Segment: `userId` is an external user id, `anonymousId` an anonymous id; an alias's `previousId`
 * is linked as an anonymous id; identify's traits are `$set` and their email/phone are identifiers.
 * Any call carrying both ids links them (Segment's rule).
 */
export function segmentWho(type: string, userId: string | undefined, anonymousId: string | undefined, previousId: string | undefined, traits: Props | undefined): EventWho {
  const identities: EventIdentity[] = [];
  if (userId !== undefined) identities.push({ kind: 'external_id', value: userId });
  if (anonymousId !== undefined) identities.push({ kind: 'anonymous_id', value: anonymousId });
  if (previousId !== undefined) identities.push({ kind: 'anonymous_id', value: previousId });
  if (type !== 'identify') return { identities };
  return { identities: [...identities, ...contactIdentities(traits)], traits: traitsOf(traits, undefined) };
}

/** posthog-js marks a not-yet-identified visitor; posthog-node sends no such flag (a server knows its users). */
export function isAnonymousDistinctId(distinctId: string, props: Props): boolean {
  return props.$is_identified === false || props.$process_person_profile === false || props.$device_id === distinctId;
}

/**
 * PostHog: `distinct_id` is an external user id unless the event says the visitor is anonymous;
 * `$identify` links `$anon_distinct_id`, `$create_alias` links `alias` (both as anonymous ids);
 * `$set`/`$set_once` on any event update traits; their email/phone are identifiers.
 */
export function posthogWho(name: string, distinctId: string, props: Props): EventWho {
  const anonymous = isAnonymousDistinctId(distinctId, props);
  const identities: EventIdentity[] = [{ kind: anonymous ? 'anonymous_id' : 'external_id', value: distinctId }];
  if (name === '$identify' && typeof props.$anon_distinct_id === 'string') identities.push({ kind: 'anonymous_id', value: props.$anon_distinct_id });
  if (name === '$create_alias' && typeof props.alias === 'string') identities.push({ kind: 'anonymous_id', value: props.alias });
  if (anonymous) return { identities };
  const set = isObject(props.$set) ? props.$set : undefined;
  return { identities: [...identities, ...contactIdentities(set)], traits: traitsOf(props.$set, props.$set_once) };
}
