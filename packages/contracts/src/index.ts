/**
 * The HTTP contract shared by the server and the web app: types of every route's request and response,
 * generated from the OpenAPI document (which the server builds from its zod schemas).
 */
import type { components, operations, paths } from './openapi.gen.js';

export type { components, operations, paths };

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<R> = R extends { 200: infer A } ? Json<A> : R extends { 201: infer B } ? Json<B> : never;

/** The JSON body a route answers with on success, e.g. `ResponseOf<'/workspaces/{workspaceId}/overview', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? Ok<R> : never;

/** The JSON body a route accepts. */
export type RequestOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? Json<NonNullable<B>>
  : never;
