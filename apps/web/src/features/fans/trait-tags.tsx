import { Tag } from 'antd';

/** Scalar traits as short tags (objects and lists are left to the fan's profile). */
export function traitTags(traits: Record<string, unknown>) {
  return Object.entries(traits)
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .slice(0, 4)
    .map(([k, v]) => <Tag key={k}>{`${k}: ${String(v)}`}</Tag>);
}
