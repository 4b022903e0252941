import { describe, expect, it } from 'vitest';
import { METRICS } from '../catalog/metrics.catalog.js';
import { baseFormula, POST_BASE_METRICS, POST_METRICS, postMetricEvents, withRates } from './content-metrics.js';

describe('content metrics follow the catalog', () => {
  it('uses catalog ids only', () => {
    const ids = new Set(METRICS.map((m) => m.id));
    for (const id of POST_METRICS) expect(ids.has(id), id).toBe(true);
    for (const id of POST_BASE_METRICS) expect(['count', 'sum', 'fans']).toContain(baseFormula(id).type);
  });

  it('reads the events the catalog names', () => {
    expect(postMetricEvents().sort()).toEqual(['comment', 'impression', 'like', 'link_click', 'order', 'save', 'share', 'video_complete', 'video_view']);
  });

  it('computes the rates from the parts, 0 for nothing', () => {
    const zero = Object.fromEntries(POST_BASE_METRICS.map((id) => [id, 0])) as Parameters<typeof withRates>[0];
    expect(withRates(zero)).toMatchObject({ engagement_rate_by_impressions: 0, video_completion_rate: 0, ctr: 0 });
    expect(withRates({ ...zero, impressions: 20, engagements: 5, link_clicks: 1, video_views: 4, video_completes: 3 })).toMatchObject({
      engagement_rate_by_impressions: 0.25,
      ctr: 0.05,
      video_completion_rate: 0.75,
    });
  });
});
