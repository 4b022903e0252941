import type { TFunction } from 'i18next';

/**
 * English names of the content pillars the demo and R4's content studio use (a pillar's id is its
 * Chinese name); other pillars show as entered.
 */
const PILLAR_EN: Record<string, string> = {
  产品种草: 'Product seeding',
  干货教程: 'How-to guides',
  用户故事: 'Customer stories',
  品牌活动: 'Brand campaigns',
  幕后花絮: 'Behind the scenes',
  会员福利: 'Member perks',
};
export const KNOWN_PILLARS = Object.keys(PILLAR_EN);
export const FUNNEL_STAGES = ['awareness', 'interest', 'decision', 'loyalty'] as const;

export function pillarLabel(pillar: string | null, lang: string, t: TFunction): string {
  if (!pillar) return t('contentInsight.notSet');
  return lang === 'en' ? (PILLAR_EN[pillar] ?? pillar) : pillar;
}

export function funnelStageLabel(stage: string | null, t: TFunction): string {
  if (!stage) return t('contentInsight.notSet');
  return (FUNNEL_STAGES as readonly string[]).includes(stage) ? t(`contentInsight.funnelStages.${stage as (typeof FUNNEL_STAGES)[number]}`) : stage;
}
