import { z } from 'zod';
import { statusOf, type ApiErrorCode } from './errors.js';
import type { Route } from './route.js';
import { errorBody } from './shapes.js';

type Json = Record<string, unknown>;

/** A zod schema as JSON Schema, without the draft marker and zod's long date pattern (format: date says it). */
function schemaOf(s: z.ZodType, io: 'input' | 'output'): Json {
  const json = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete json.$schema;
  return JSON.parse(JSON.stringify(json, (k, v) => (k === 'pattern' && typeof v === 'string' && v.length > 100 ? undefined : v))) as Json;
}

/** The OpenAPI 3.1 document of the routes, served at /openapi.json. */
export function openApiDocument(routes: readonly Route[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const pathParams = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1], in: 'path', required: true, schema: { type: 'integer', minimum: 1 },
    }));
    const q = schemaOf(r.query, 'input');
    const props = (q.properties ?? {}) as Record<string, Json>;
    const required = new Set((q.required ?? []) as string[]);
    const queryParams = Object.entries(props).map(([name, schema]) => {
      const { description, ...rest } = schema;
      return { name, in: 'query', required: required.has(name), ...(description ? { description } : {}), schema: rest };
    });
    const responses: Record<string, Json> = {};
    for (const [status, resp] of Object.entries(r.responses)) {
      responses[status] = { description: resp.description, content: { 'application/json': { schema: schemaOf(resp.schema, 'output') } } };
    }
    const codes = new Map<number, ApiErrorCode[]>();
    for (const c of [...r.errors, 'internal' as const]) codes.set(statusOf(c), [...(codes.get(statusOf(c)) ?? []), c]);
    for (const [status, cs] of codes) {
      responses[String(status)] = { description: `error: ${cs.join(', ')}`, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[path] ??= {};
    paths[path]![r.method.toLowerCase()] = {
      operationId: operationId(r), summary: r.summary, ...(r.description ? { description: r.description } : {}), tags: [r.tag],
      parameters: [...pathParams, ...queryParams],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } } } : {}),
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API', version,
      description: 'Actors, events, quotes, figures, times and places read from news articles, each traced to its words. '
        + 'Reads are open; writes need the bearer token the server was started with (NEWSGRAPH_TOKEN). '
        + 'Errors are {"error": {"code", "message"}}. Lists are pages: {items, limit, offset, next}.',
    },
    paths,
    components: {
      schemas: { Error: schemaOf(errorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

function operationId(r: Route): string {
  const words = r.path.replace(/^\/api\//, '').split('/').map((p) => (p.startsWith(':') ? 'ById' : p));
  const name = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  return `${r.method.toLowerCase()}${name[0]!.toUpperCase()}${name.slice(1)}`;
}
