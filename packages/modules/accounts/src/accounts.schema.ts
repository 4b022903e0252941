import { z } from 'zod';
import { ACCOUNT_STATUSES } from './accounts.types.js';

const localized = z.object({ zh: z.string(), en: z.string() });
const iso = z.string();

export const brandParams = z.object({ workspaceId: z.string().min(1), brandId: z.string().min(1) });
export const accountParams = z.object({ workspaceId: z.string().min(1), accountId: z.string().min(1) });

export const brandDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: iso,
  archivedAt: iso.nullable(),
});

export const listBrandsQuery = z.object({ includeArchived: z.enum(['true', 'false']).optional() });

const brandName = z.string().trim().min(1, 'name must not be empty').max(80);
const description = z.string().trim().max(500).nullable();

export const createBrandBody = z.object({ name: brandName, description: description.optional() });

export const updateBrandBody = z
  .object({ name: brandName.optional(), description: description.optional() })
  .refine((b) => b.name !== undefined || b.description !== undefined, { message: 'send name and/or description' });

const credentialsBag = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'not a credential field name'), z.string().max(4096));

export const connectAccountBody = z.object({
  brandId: z.string().min(1),
  platform: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a platform id such as wechat_oa'),
  name: z.string().trim().min(1).max(100).optional(),
  simulates: z.string().min(1).nullable().optional(),
  credentials: credentialsBag.optional(),
});

export const updateAccountBody = z
  .object({ name: z.string().trim().min(1).max(100).optional(), brandId: z.string().min(1).optional(), credentials: credentialsBag.optional() })
  .refine((b) => b.name !== undefined || b.brandId !== undefined || b.credentials !== undefined, {
    message: 'send name, brandId and/or credentials',
  });

export const accountDto = z.object({
  id: z.string(),
  brandId: z.string(),
  platform: z.string(),
  name: z.string(),
  handle: z.string().nullable(),
  remoteAccountId: z.string().nullable(),
  status: z.enum(ACCOUNT_STATUSES),
  simulates: z.string().nullable(),
  followersAtConnect: z.number().nullable(),
  credentialFieldsSet: z.array(z.string()),
  credentialsKeyId: z.string().nullable(),
  connectedAt: iso.nullable(),
  createdAt: iso,
  disconnectedAt: iso.nullable(),
  connector: z.enum(['available', 'credentials_only']),
  note: localized.nullable(),
});

export const platformDto = z.object({
  platform: z.string(),
  name: localized,
  connector: z.enum(['available', 'credentials_only']),
  oneClick: z.boolean(),
  credentialFields: z.array(
    z.object({ key: z.string(), label: localized, secret: z.boolean(), optional: z.boolean().optional(), help: localized.optional() }),
  ),
  callbackUrl: z.string().nullable(),
  docsUrl: z.string().nullable(),
  approvalNote: localized.nullable(),
});
