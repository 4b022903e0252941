import type { ComplianceDecision, ComplianceFindingView } from '../ports.js';
import type { PolicyRules } from '../review-policies/policy.js';
import type { ContentState } from './state-machine.js';

/** A finding of the combined report: `variantId` null for the master, else the customised variant it is in. */
export interface StoredFinding extends ComplianceFindingView {
  variantId: string | null;
}

/** What the submit stores in content_items.compliance: the master and every customised variant, combined. */
export interface StoredComplianceReport {
  findings: StoredFinding[];
  riskScore: number;
  decision: ComplianceDecision;
  checkedAt: string;
}

export interface Rejection {
  reasons: string[];
  /** User or token id; null for the automatic compliance level. */
  by: string | null;
  at: string;
  /** 1 = the automatic compliance level; 2… human levels. */
  level: number;
  automatic: boolean;
}

/** The item as the workflow sees it (only the columns it needs). */
export interface WorkflowItem {
  id: string;
  brandId: string | null;
  title: string | null;
  body: string;
  sponsored: boolean;
  ownerId: string;
  status: ContentState;
  version: number;
  compliance: StoredComplianceReport | null;
  reviewRound: number;
  reviewLevel: number | null;
  reviewSince: Date | null;
  reviewPolicy: PolicyRules | null;
  rejection: Rejection | null;
  statusChangedAt: Date | null;
}

export interface WorkflowVariant {
  id: string;
  accountId: string;
  title: string | null;
  body: string;
  customised: boolean;
  scheduledAt: Date | null;
}

export interface ReviewRecord {
  id: string;
  round: number;
  level: number;
  reviewerId: string;
  decision: 'approved' | 'rejected';
  reason: string | null;
  createdAt: Date;
}
