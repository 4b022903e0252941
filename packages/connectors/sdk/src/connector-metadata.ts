/** Structural checks on what a connector declares; used by the contract suite and at registration. */
import { CAPABILITY_KEYS, CAPABILITY_METHODS, type Connector } from './connector.types.js';
import { LENGTH_COUNTINGS } from './content-rules.types.js';

const PLATFORM_ID = /^[a-z][a-z0-9_]*$/;
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function describeMetadataIssues(c: Connector): string[] {
  const issues: string[] = [];
  if (!PLATFORM_ID.test(c.platform)) issues.push(`platform "${c.platform}" must be snake_case`);
  if (!nonEmpty(c.displayName?.zh) || !nonEmpty(c.displayName?.en)) issues.push('displayName needs zh and en');

  for (const key of CAPABILITY_KEYS) {
    if (typeof c.capabilities?.[key] !== 'boolean') issues.push(`capabilities.${key} must be a boolean`);
    const method = CAPABILITY_METHODS[key];
    if (method && c.capabilities?.[key] && typeof c[method] !== 'function') {
      issues.push(`capability ${key} is declared but ${String(method)}() is missing`);
    }
  }
  if (!c.capabilities.publishText && !c.capabilities.publishImage && !c.capabilities.publishVideo) {
    issues.push('a connector must be able to publish something');
  }

  const r = c.contentRules;
  if (!(Number.isInteger(r.maxTextLength) && r.maxTextLength > 0)) issues.push('contentRules.maxTextLength must be a positive integer');
  if (!(LENGTH_COUNTINGS as readonly string[]).includes(r.lengthCounting)) issues.push('contentRules.lengthCounting is unknown');
  if (!['#tag', '#tag#'].includes(r.hashtagSyntax)) issues.push('contentRules.hashtagSyntax is unknown');
  if (!count(r.maxImages) || !count(r.maxVideos)) issues.push('contentRules.maxImages/maxVideos must be counts');
  if (c.capabilities.publishImage && r.maxImages < 1) issues.push('publishImage declared but maxImages is 0');
  if (c.capabilities.publishVideo && r.maxVideos < 1) issues.push('publishVideo declared but maxVideos is 0');
  if (typeof r.titleRequired !== 'boolean' || typeof r.linksAllowed !== 'boolean') issues.push('contentRules flags must be booleans');
  if (!Array.isArray(r.allowedMediaTypes) || r.allowedMediaTypes.some((t) => !/^(image|video)\/[\w.+-]+$/.test(t))) {
    issues.push('contentRules.allowedMediaTypes must be image/* or video/* MIME types');
  }

  const spec = c.credentialFields;
  if (typeof spec?.needsCallbackUrl !== 'boolean') issues.push('credentialFields.needsCallbackUrl must be a boolean');
  const keys = new Set<string>();
  for (const f of spec?.fields ?? []) {
    if (!nonEmpty(f.key)) issues.push('credential field without key');
    if (keys.has(f.key)) issues.push(`credential field ${f.key} is declared twice`);
    keys.add(f.key);
    if (!nonEmpty(f.label?.zh) || !nonEmpty(f.label?.en)) issues.push(`credential field ${f.key} needs zh and en labels`);
    if (typeof f.secret !== 'boolean') issues.push(`credential field ${f.key} must say whether it is secret`);
  }
  if (spec?.oauth && (!nonEmpty(spec.oauth.authorizeUrl) || !nonEmpty(spec.oauth.tokenUrl))) {
    issues.push('oauth needs authorizeUrl and tokenUrl');
  }
  return issues;
}
