import { z } from 'zod';
import { MAX_NAME_CHARS } from './limits.js';

const text = z.string().min(1).max(MAX_NAME_CHARS);

export const nativeEvent = z.object({
  name: text,
  /** Your id for the event: the same (source, messageId) is stored once. */
  messageId: text.optional(),
  /** When it happened (ISO-8601 with offset); default: when received. Corrected by receivedAt − sentAt when sentAt is given. */
  timestamp: z.iso.datetime({ offset: true }).optional(),
  userId: text.optional(),
  anonymousId: text.optional(),
  /** Default: the source's kind. Connectors give their platform id. */
  platform: z.string().min(1).max(64).optional(),
  fanId: text.optional(),
  accountId: text.optional(),
  publicationId: text.optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  /** Identifiers of the person (platform user ids of connectors, unionid, email, phone …): resolved to a fan unless `fanId` is given. */
  identities: z
    .array(
      z.object({
        kind: z.enum(['platform_user', 'unionid', 'email', 'phone', 'external_id', 'anonymous_id']),
        /** The account id (platform_user) or open-platform/app id (unionid); omit for the other kinds. */
        namespace: z.string().min(1).max(200).optional(),
        value: z.string().min(1).max(MAX_NAME_CHARS),
      }),
    )
    .max(20)
    .optional(),
  /** Profile traits: `$set` overwrites, `$set_once` fills gaps. */
  traits: z.object({ $set: z.record(z.string(), z.unknown()).optional(), $set_once: z.record(z.string(), z.unknown()).optional() }).optional(),
});

export const nativeEventsBody = z.object({
  sourceId: z.string().min(1),
  /** When the sender sent the request, by its clock (for clock-skew correction). */
  sentAt: z.iso.datetime({ offset: true }).optional(),
  events: z.array(nativeEvent).min(1).max(1000),
});
export type NativeEventsBody = z.infer<typeof nativeEventsBody>;

export const nativeEventsResponse = z.object({ accepted: z.number(), duplicates: z.number() });
