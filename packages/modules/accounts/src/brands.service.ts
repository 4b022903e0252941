import type { Database } from '@resonance/db';
import { AppError, conflict, newId, systemClock, type Clock } from '@resonance/kernel';
import type { Brand } from './accounts.types.js';
import * as repo from './brands.repository.js';
import { isUniqueViolation } from './pg-errors.js';

export const brandNotFound = (brandId: string) => new AppError('not_found', `brand ${brandId} not found`, 404);

const nameTaken = (name: string) =>
  conflict(`A brand named "${name}" already exists in this workspace`, { fields: [{ path: 'body.name', message: 'already in use' }] });

async function uniqueName<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (name !== undefined && isUniqueViolation(err, 'brands_active_name_key')) throw nameTaken(name);
    throw err;
  }
}

export async function createBrand(
  db: Database,
  workspaceId: string,
  input: { name: string; description?: string | null },
  clock: Clock = systemClock,
): Promise<Brand> {
  const name = input.name.trim();
  const now = clock.now();
  return uniqueName(name, () =>
    repo.insertBrand(db, { id: newId('brand', now.getTime()), workspaceId, name, description: input.description ?? null, createdAt: now, archivedAt: null }),
  );
}

export const listBrands = repo.listBrands;

/** Renames or re-describes an active brand; returns the brand before and after. */
export async function updateBrand(
  db: Database,
  workspaceId: string,
  brandId: string,
  patch: { name?: string; description?: string | null },
): Promise<{ before: Brand; after: Brand }> {
  const before = await repo.findActiveBrand(db, workspaceId, brandId);
  if (!before) throw brandNotFound(brandId);
  const name = patch.name?.trim();
  const after = await uniqueName(name, () => repo.updateBrand(db, workspaceId, brandId, { ...patch, name }));
  if (!after) throw brandNotFound(brandId);
  return { before, after };
}

/** Archives a brand: it disappears from lists and its name becomes free; its accounts keep their history. */
export async function archiveBrand(db: Database, workspaceId: string, brandId: string, clock: Clock = systemClock): Promise<Brand> {
  const brand = await repo.archiveBrand(db, workspaceId, brandId, clock.now());
  if (!brand) throw brandNotFound(brandId);
  return brand;
}
