import { defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import { z } from 'zod';
import { hasValueToDate } from './evaluate-metric.js';
import { BREAKDOWNS } from './metric.types.js';
import { METRICS } from './metrics.catalog.js';

const localized = z.object({ 'zh-CN': z.string(), en: z.string() });

export const metricCatalogResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: localized,
      description: localized,
      formulaText: z.string(),
      unit: z.enum(['count', 'ratio', 'percent', 'currency', 'days', 'score']),
      group: z.enum(['audience', 'content', 'engagement', 'conversion', 'commerce', 'loyalty', 'cost']),
      sources: z.array(z.string()),
      breakdowns: z.array(z.enum(BREAKDOWNS)),
      /** Whether its value to date per day is known, so a goal on it gets a forecast. */
      forecastable: z.boolean(),
    }),
  ),
});

/** The metric catalog as the UI shows it: every number links to its definition. */
export function catalogRoutes(): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/metrics',
      access: 'analytics.read',
      summary: 'The metric catalog: id, zh/en names and descriptions, formula, unit, group, source events, default breakdowns',
      tags: ['analytics'],
      params: workspaceParams,
      response: metricCatalogResponse,
      handler: async () => ({
        items: METRICS.map((m) => ({
          id: m.id,
          name: m.name,
          description: m.description,
          formulaText: m.formulaText,
          unit: m.unit,
          group: m.group,
          sources: [...m.sources],
          breakdowns: [...m.breakdowns],
          forecastable: hasValueToDate(m.id),
        })),
      }),
    }),
  ];
}
