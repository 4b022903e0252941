import type { Database } from '@resonance/db';
import { defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import type { Clock } from '@resonance/kernel';
import { z } from 'zod';
import { auditBrand, toBrandDto } from './accounts.dto.js';
import { brandDto, brandParams, createBrandBody, listBrandsQuery, updateBrandBody } from './accounts.schema.js';
import { archiveBrand, createBrand, listBrands, updateBrand } from './brands.service.js';

export function brandRoutes(db: Database, clock: Clock): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/brands',
      access: 'workspace.read',
      summary: "List the workspace's brands",
      tags: ['brands'],
      params: workspaceParams,
      query: listBrandsQuery,
      response: z.object({ items: z.array(brandDto) }),
      handler: async ({ params, query }) => ({
        items: (await listBrands(db, params.workspaceId, { includeArchived: query.includeArchived === 'true' })).map(toBrandDto),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/brands',
      access: 'brands.manage',
      summary: 'Create a brand',
      tags: ['brands'],
      params: workspaceParams,
      body: createBrandBody,
      response: brandDto,
      audit: 'brand.create',
      handler: async ({ params, body, audit }) => {
        const brand = await createBrand(db, params.workspaceId, body, clock);
        audit({ targetType: 'brand', targetId: brand.id, after: auditBrand(brand) });
        return toBrandDto(brand);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/brands/{brandId}',
      access: 'brands.manage',
      summary: 'Rename or re-describe a brand',
      tags: ['brands'],
      params: brandParams,
      body: updateBrandBody,
      response: brandDto,
      audit: 'brand.update',
      handler: async ({ params, body, audit }) => {
        const { before, after } = await updateBrand(db, params.workspaceId, params.brandId, body);
        audit({ targetType: 'brand', targetId: after.id, before: auditBrand(before), after: auditBrand(after) });
        return toBrandDto(after);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/brands/{brandId}',
      access: 'brands.manage',
      summary: 'Archive a brand',
      tags: ['brands'],
      params: brandParams,
      response: brandDto,
      audit: 'brand.archive',
      handler: async ({ params, audit }) => {
        const brand = await archiveBrand(db, params.workspaceId, params.brandId, clock);
        audit({ targetType: 'brand', targetId: brand.id, after: auditBrand(brand) });
        return toBrandDto(brand);
      },
    }),
  ];
}
