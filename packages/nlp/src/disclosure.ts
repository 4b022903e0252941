import { foldWidth } from './pii/detect-pii.js';

/**
 * Markers that disclose a commercial relationship. Chinese: 广告 (required wording of
 * 《互联网广告管理办法》第九条 for 种草/体验分享 ads), 推广, 赞助, 合作 (商业合作/品牌合作), 恰饭;
 * English: #ad, #sponsored, sponsored, advertisement, paid partnership, #spon.
 * Matching is case-insensitive and full-width tolerant; Latin markers need word boundaries
 * ("#ad" does not match "#adventure", "sponsored" does not match "unsponsoredx").
 */
export const DEFAULT_DISCLOSURE_MARKERS: string[] = [
  '广告',
  '推广',
  '赞助',
  '合作',
  '恰饭',
  '#ad',
  '#sponsored',
  '#spon',
  'sponsored',
  'advertisement',
  'paid partnership',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function hasDisclosure(text: string, markers: string[] = DEFAULT_DISCLOSURE_MARKERS): boolean {
  const t = foldWidth(text).toLowerCase();
  return markers.some((raw) => {
    const marker = foldWidth(raw).toLowerCase().trim();
    if (marker.length === 0) return false;
    if (!/[a-z0-9]/.test(marker)) return t.includes(marker);
    const before = /^[a-z0-9]/.test(marker) ? '(?<![a-z0-9])' : '';
    const after = /[a-z0-9]$/.test(marker) ? '(?![a-z0-9])' : '';
    return new RegExp(before + escape(marker) + after).test(t);
  });
}
