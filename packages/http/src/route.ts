import type { Access, Role } from '@resonance/kernel';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Principal } from './principal.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Extra detail for the audit entry the server writes after every successful mutating route. */
export interface AuditDetail {
  action?: string;
  workspaceId?: string | null;
  targetType?: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
  /** For routes whose caller is not signed in yet (sign-in, accepting an invite). */
  actor?: { type: 'user'; id: string };
}

export interface CookieOptions {
  maxAgeSeconds?: number;
  httpOnly?: boolean;
}

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  principal: Principal;
  /** Set on routes whose path has `{workspaceId}`: the caller's role there (already checked). */
  role: Role | null;
  ip: string;
  userAgent: string;
  audit(detail: AuditDetail): void;
  cookies: {
    get(name: string): string | undefined;
    set(name: string, value: string, options?: CookieOptions): void;
    delete(name: string): void;
  };
  /** Escape hatch for streaming and non-JSON responses. */
  raw: Context;
}

type Shape = z.ZodObject<z.ZodRawShape>;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteDefinition<PS = Shape | undefined, QS = Shape | undefined, BS = z.ZodType | undefined, RS = z.ZodType | undefined> {
  method: HttpMethod;
  /** OpenAPI-style path below /api, e.g. `/workspaces/{workspaceId}/brands/{brandId}`. */
  path: string;
  /** Required: a permission from the matrix, 'authenticated' or 'public'. The server refuses to boot without it. */
  access: Access;
  summary: string;
  tags: string[];
  params?: PS;
  query?: QS;
  body?: BS;
  /** Success status (default 200, or 201 for post). */
  status?: number;
  response?: RS;
  /**
   * Set false on public routes that never act as a signed-in user (SDK ingestion, webhooks): no
   * session or token lookup, hence no CSRF check for a browser that happens to carry our cookie.
   */
  authenticate?: false;
  /** Largest request body this route reads (default: the server-wide 1 MB), e.g. for file uploads. */
  maxBodyBytes?: number;
  /**
   * Audit action name for mutating routes (default `<tag>.<method>`), or false for routes that change nothing durable.
   * GET routes are audited only when they name an action here (reads worth recording, e.g. a data-subject export).
   */
  audit?: string | false;
  handler(ctx: RouteContext<Out<PS>, Out<QS>, Out<BS>>): Promise<(RS extends z.ZodType ? z.input<RS> : unknown) | Response>;
}

export type AnyRoute = RouteDefinition<any, any, any, any>;

/** Typed identity function: declare a route; the server mounts, validates, authorises and documents it. */
export function defineRoute<
  PS extends Shape | undefined = undefined,
  QS extends Shape | undefined = undefined,
  BS extends z.ZodType | undefined = undefined,
  RS extends z.ZodType | undefined = undefined,
>(def: RouteDefinition<PS, QS, BS, RS>): AnyRoute {
  return def as AnyRoute;
}
