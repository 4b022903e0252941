import { z } from 'zod';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './retention.service.js';

export const retentionBody = z.object({
  /** Days to keep events (by the time they occurred), or null to keep them forever. */
  retentionDays: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS).nullable(),
});

export const retentionResponse = z.object({
  retentionDays: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
