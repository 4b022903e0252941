import type { Connector } from '@resonance/connector-sdk';
import type { AnyRoute, JobDefinition, ModuleContext } from '@resonance/http';
import type { ContentPorts } from './ports.js';

/** Everything the content module's subfolders get: the ports wired by apps/server plus the connectors by platform. */
export interface ContentModuleDeps extends ContentPorts {
  connectors: ReadonlyMap<string, Connector>;
}

/** Each subfolder (items, variants, workflow, calendar, comments …) exports one of these. */
export type ContentRouteFactory = (ctx: ModuleContext, deps: ContentModuleDeps) => AnyRoute[];
export type ContentJobFactory = (ctx: ModuleContext, deps: ContentModuleDeps) => JobDefinition[];
