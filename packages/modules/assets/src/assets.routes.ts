import { actorId, defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import { notFound } from '@resonance/kernel';
import type { AssetsDeps, AssetsPorts } from './assets.deps.js';
import { toAssetDto } from './assets.dto.js';
import { listTags } from './assets.repository.js';
import {
  assetListResponse,
  assetParams,
  assetPatchBody,
  assetSchema,
  assetsQuery,
  deleteQuery,
  tagsResponse,
  usageResponse,
} from './assets.schema.js';
import { changeAsset, deleteAsset, getAssetRecord, listAssets } from './assets.service.js';
import { splitTags } from './asset-names.js';
import { THUMBNAIL_MIME } from './media/image-info.js';
import { serveObject } from './serve-file.js';
import { readUploadForm } from './upload-form.js';
import { MAX_UPLOAD_REQUEST_BYTES, UPLOAD_LIMITS, mb } from './upload-limits.js';
import { uploadAsset } from './upload.service.js';

const auditOf = (a: ReturnType<typeof toAssetDto>) => ({ name: a.name, kind: a.kind, mimeType: a.mimeType, bytes: a.bytes, sha256: a.sha256, tags: a.tags });

export function assetsRoutes(deps: AssetsDeps, ports: AssetsPorts): AnyRoute[] {
  const { db } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/assets',
      access: 'content.read',
      summary: 'The asset library, newest first: search by name/tag (q), tags (all of), kind and upload date; keyset paging',
      tags: ['assets'],
      params: workspaceParams,
      query: assetsQuery,
      response: assetListResponse,
      handler: async ({ params, query }) =>
        listAssets(deps, params.workspaceId, {
          q: query.q?.trim() || undefined,
          tags: splitTags(query.tags),
          kind: query.kind,
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
          limit: query.limit,
          cursor: query.cursor,
        }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/assets',
      access: 'content.write',
      summary:
        `Upload an image or video (multipart/form-data: file, optional poster image for a video, name, tags). ` +
        `Type from the bytes; limits image ${mb(UPLOAD_LIMITS.image)}, video ${mb(UPLOAD_LIMITS.video)}, poster ${mb(UPLOAD_LIMITS.poster)} (413 naming the part). ` +
        `The same bytes again answer the existing asset with 200 (201 when new)`,
      tags: ['assets'],
      params: workspaceParams,
      response: assetSchema,
      maxBodyBytes: MAX_UPLOAD_REQUEST_BYTES,
      audit: 'asset.upload',
      handler: async ({ params, principal, raw, audit }) => {
        const form = await readUploadForm(raw);
        const { asset, created } = await uploadAsset(deps, params.workspaceId, { ...form, createdBy: actorId(principal) ?? 'system' });
        const dto = toAssetDto(asset);
        audit({ targetType: 'asset', targetId: dto.id, after: { ...auditOf(dto), created } });
        return raw.json(dto, created ? 201 : 200);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/assets/tags',
      access: 'content.read',
      summary: 'Every tag used in the asset library, with how many assets carry it',
      tags: ['assets'],
      params: workspaceParams,
      response: tagsResponse,
      handler: async ({ params }) => ({ items: await listTags(db, params.workspaceId) }),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/assets/{assetId}',
      access: 'content.read',
      summary: 'One asset with its metadata',
      tags: ['assets'],
      params: assetParams,
      response: assetSchema,
      handler: async ({ params }) => toAssetDto(await getAssetRecord(deps, params.workspaceId, params.assetId)),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/assets/{assetId}/file',
      access: 'content.read',
      summary: 'The asset bytes (ETag, immutable caching, single byte ranges for video seeking)',
      tags: ['assets'],
      params: assetParams,
      handler: async ({ params, raw }) => {
        const a = await getAssetRecord(deps, params.workspaceId, params.assetId);
        return serveObject(deps.store, { key: a.storageKey, size: a.bytes, contentType: a.mimeType, etag: `"${a.sha256}"`, fileName: a.name }, raw.req.raw.headers);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/assets/{assetId}/thumbnail',
      access: 'content.read',
      summary: 'The WebP thumbnail (max 320 px; for a video the poster frame captured at upload); 404 when there is none',
      tags: ['assets'],
      params: assetParams,
      handler: async ({ params, raw }) => {
        const a = await getAssetRecord(deps, params.workspaceId, params.assetId);
        if (!a.thumbnailKey) throw notFound('thumbnail');
        return serveObject(deps.store, { key: a.thumbnailKey, size: a.thumbnailBytes ?? 0, contentType: THUMBNAIL_MIME, etag: `"${a.sha256}-thumb"` }, raw.req.raw.headers);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/assets/{assetId}/usage',
      access: 'content.read',
      summary: 'Where used: the content items whose master or a variant carries the asset',
      tags: ['assets'],
      params: assetParams,
      response: usageResponse,
      handler: async ({ params }) => {
        await getAssetRecord(deps, params.workspaceId, params.assetId);
        return { items: await ports.assetUsage(db, params.workspaceId, params.assetId) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/assets/{assetId}',
      access: 'content.write',
      summary: 'Rename an asset and/or add and remove tags',
      tags: ['assets'],
      params: assetParams,
      body: assetPatchBody,
      response: assetSchema,
      audit: 'asset.update',
      handler: async ({ params, body, audit }) => {
        const { before, after } = await changeAsset(deps, params.workspaceId, params.assetId, body);
        audit({ targetType: 'asset', targetId: after.id, before: auditOf(toAssetDto(before)), after: auditOf(toAssetDto(after)) });
        return toAssetDto(after);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/assets/{assetId}',
      access: 'content.write',
      summary: 'Delete an asset and its files; 409 asset_in_use while content uses it, unless an owner/admin passes force=true',
      tags: ['assets'],
      params: assetParams,
      query: deleteQuery,
      status: 204,
      audit: 'asset.delete',
      handler: async ({ params, query, role, audit }) => {
        const { asset, usedBy } = await deleteAsset(deps, ports.assetUsage, params.workspaceId, params.assetId, { force: query.force === 'true', role });
        audit({ targetType: 'asset', targetId: asset.id, before: auditOf(toAssetDto(asset)), after: usedBy.length ? { forcedWhileUsedBy: usedBy.map((u) => u.contentId) } : undefined });
        return undefined;
      },
    }),
  ];
}
