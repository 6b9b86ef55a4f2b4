import { z } from 'zod';
import type { RouteContract, RouteHandler, RouteOperation, RouteSpec } from '@/lib/http/route';
import { errorEnvelopeSchema, invalidInputEnvelopeSchema } from './conventions';

/**
 * The OpenAPI 3.1 description of `/api/v1`, generated from the route modules (lib/openapi/v1-routes.ts):
 * each operation's id, summary and tag come from route()'s `operation`, its parameters, body and
 * answer from the contract's zod schemas (zod's own `z.toJSONSchema`, JSON Schema 2020-12, which
 * is OpenAPI 3.1's dialect). Schemas named with `.meta({ id })` become components. Pure: the same
 * modules give the same document, so it can be cached and compared.
 */

type Json = Record<string, unknown>;
export type OpenApiDocument = Json & { openapi: '3.1.0'; paths: Record<string, Record<string, Json>>; components: Json & { schemas: Record<string, Json> } };

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Each tag's description; a tag used by an operation and missing here fails tests/openapi.test.ts. */
export const TAG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Identity: 'Who the caller is: the first call to make with a new key.',
  'API keys': 'Keys for calling this API. Managed by a signed-in user in the portal (or its session); a key cannot manage keys.',
  Carrier: 'The carrier portal: for carrier users, on the carrier host.',
  Webhooks: 'Endpoints that receive signed event notifications (Standard Webhooks).',
  'Customer accounts': 'The accounts that buy and are billed: company, billing contact, currency, prepaid or postpaid, status, and their users.',
  Assignments: 'The assignment engine: what is offered to ALL customers, a category, a group or one account, and the effective configuration an account gets with where each value came from.',
  'Cloud PBX': 'The Cloud PBX module of the customer portal (answers 404 to an account the module is hidden from).',
  'Voice catalogue': 'What the platform sells and runs on: POPs, voice quality tiers, codecs, auth methods, channel/CPS plans, DID countries and providers; soft-deleted rows wait in the Trash until restored or purged.',
  Sync: 'The ConnexCS sync (platform staff): every customer account and carrier write is pushed to ConnexCS by a job queued in the write’s own transaction; each record’s sync item shows its status, attempts and last error, and a failed push can be retried.',
  Rates: 'Rate plans: customer (sell) and supplier (buy) plans in one currency with precision and rounding; versions (draft -> published -> superseded; a published version is immutable, 409 `rule_violation` `rate_plan_versions_immutable`); rows (prefix, destination, rate per minute, connection fee, increments, minimum charge, effective dates, blocked) searched by typeahead; and the rate lookup (longest prefix effective at an instant). Amounts are exact decimal strings (6 decimals) and integer micro-units, never floats. Platform staff only for now.',
  'Class 4': 'Carrier management (the Digitalk model): carriers (customer, supplier, bilateral) with currencies, credit, contacts, balances and net exposure; their interconnects (SIP trunks, ingress or egress: addresses, tech prefix, codecs, translations, media and signalling); and services on ingress interconnects (customer rating plan, routing, matching, blacklists). A write that breaks a Class 4 rule answers 409 `rule_violation` naming the rule and the conflicting record. A carrier user reads its own carrier only.',
  Routing: 'Routing plans (platform staff): one entry per dialled-number prefix with its suppliers (egress interconnects, each with a supplier rating plan: routing refuses one without, 409 `rule_violation` `routing_suppliers_supplier_plan`) tried ordered, weighted or by least cost (LCR: buy rate, then quality tier); route groups (named supplier lists); a margin floor per minute (a supplier leaving less against the customer’s sell rate is skipped); "route a number" (the candidates in order with buy rates and margins, and why each skipped supplier was skipped); and the route table check (a job over every prefix of a draft plan listing prefixes with no route, a negative margin or a single supplier).',
  'Customer hierarchy': 'Customer categories (public, with a default module set) and the groups inside them; changed by platform staff only.',
};

const INFO_DESCRIPTION = [
  'The REST API of DIDTron: everything a portal does, for scripts and integrations.',
  '',
  'It lives under `/api/v1` on the address of your portal and answers JSON. Authenticate with an API key',
  'created in the portal, sent as `Authorization: Bearer <key>`. Conventions (errors, pagination, timestamps,',
  'money, ids, retries) are in the getting started guide of the documentation, under "API basics".',
].join('\n');

/** The parts of route() the document reads. */
type DescribedHandler = Pick<RouteHandler<unknown>, 'spec' | 'contract'>;

function isHandler(value: unknown): value is DescribedHandler {
  return typeof value === 'function' && 'spec' in value && 'contract' in value;
}

/** Every exported method handler of the modules, with its URL pattern (app/api/v1/keys/[id] -> /api/v1/keys/[id]). */
export function listOperations(modules: Readonly<Record<string, Record<string, unknown>>>): Array<{ pattern: string; method: (typeof METHODS)[number]; spec: RouteSpec; contract: RouteContract }> {
  const out = [];
  for (const [pattern, mod] of Object.entries(modules)) {
    for (const method of METHODS) {
      const handler = mod[method];
      if (isHandler(handler)) out.push({ pattern, method, spec: handler.spec, contract: handler.contract });
    }
  }
  return out;
}

/** Collects `$defs` into the components and points the references there. */
class SchemaCollector {
  readonly schemas: Record<string, Json> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): Json {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      // A transform's output (e.g. a date string turned into a Date) has no JSON form: it is never sent.
      unrepresentable: 'any',
      override: ({ jsonSchema }) => {
        // zod adds its own regex beside a format (uuid, date-time, email); the format says it for readers and tools.
        if (jsonSchema.format && jsonSchema.pattern) delete jsonSchema.pattern;
      },
    }) as Json;
    const { $schema: _schema, $defs, id, ...rest } = json;
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, Json>)) this.add(name, rewriteRefs(def) as Json);
    const body = rewriteRefs(rest) as Json;
    // A schema with an id of its own becomes a component too, referenced from where it is used.
    if (typeof id === 'string') {
      this.add(id, body);
      return { $ref: `#/components/schemas/${id}` };
    }
    return body;
  }

  private add(name: string, def: Json): void {
    const existing = this.schemas[name];
    if (existing && JSON.stringify(existing) !== JSON.stringify(def)) {
      throw new Error(`OpenAPI: two different schemas are named "${name}" (an id used for a request and a response shape that differ? give them distinct ids)`);
    }
    this.schemas[name] = def;
  }
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace(/^#\/\$defs\//, '#/components/schemas/') : rewriteRefs(v)]),
    );
  }
  return value;
}

/** An object schema's properties as OpenAPI parameters (path or query). */
function parameters(collector: SchemaCollector, schema: z.ZodType, where: 'path' | 'query'): Json[] {
  const json = collector.convert(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      description: description ?? (where === 'path' ? 'Opaque identifier' : undefined),
      schema: propertySchema,
    };
  });
}

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

function describeAccess(spec: RouteSpec): string {
  if (spec.permission === 'public') return 'Public: no authentication.';
  const host = spec.portal ? ` On the ${spec.portal} portal's host only (404 elsewhere).` : '';
  return `Requires the \`${spec.permission}\` permission (a key needs it among its scopes).${host}`;
}

function operationObject(collector: SchemaCollector, method: string, spec: RouteSpec, contract: RouteContract, operation: RouteOperation): Json {
  const params = [
    ...(contract.params ? parameters(collector, contract.params, 'path') : []),
    ...(contract.query ? parameters(collector, contract.query, 'query') : []),
    ...(method === 'POST' ? [ref('parameters', 'IdempotencyKey')] : []),
  ];
  const status = String(operation.status ?? 200);
  const success: Json =
    status === '204'
      ? { description: 'Done; no body' }
      : { description: 'Success', ...(contract.response ? { content: { [operation.mediaType ?? 'application/json']: { schema: collector.convert(contract.response, 'output') } } } : {}) };
  const authenticated = spec.permission !== 'public';
  const takesInput = Boolean(contract.params || contract.query || contract.body || contract.upload?.length);
  const responses: Json = {
    [status]: success,
    ...(authenticated ? { '401': ref('responses', 'Unauthorized'), '403': ref('responses', 'Forbidden') } : {}),
    ...(contract.params || spec.portal ? { '404': ref('responses', 'NotFound') } : {}),
    ...(takesInput ? { '422': ref('responses', 'InvalidInput') } : {}),
    '429': ref('responses', 'RateLimited'),
    default: ref('responses', 'Error'),
  };
  return {
    operationId: operation.id,
    summary: operation.summary,
    description: [operation.description, describeAccess(spec)].filter(Boolean).join('\n\n'),
    tags: [operation.tag],
    'x-permission': spec.permission,
    security: authenticated ? [{ apiKey: [] }] : [],
    ...(params.length ? { parameters: params } : {}),
    ...(contract.body ? { requestBody: { required: true, content: { 'application/json': { schema: collector.convert(contract.body, 'input') } } } } : {}),
    ...(contract.upload?.length ? { requestBody: { required: true, description: 'The file itself as the request body, streamed', content: Object.fromEntries(contract.upload.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) } } : {}),
    responses,
  };
}

const errorResponse = (collector: SchemaCollector, description: string, example?: Json, schema: z.ZodType = errorEnvelopeSchema): Json => ({
  description,
  headers: { 'x-request-id': ref('headers', 'RequestId') },
  content: { 'application/json': { schema: collector.convert(schema, 'output'), ...(example ? { example } : {}) } },
});

const errorExample = (code: string, message: string, details?: unknown) => ({ error: { code, message, ...(details === undefined ? {} : { details }), requestId: '5f0c2a0e-8d1b-4f7e-b1a2-6c3d4e5f6a7b' } });

/** Builds the document for the given route modules (lib/openapi/v1-routes.ts in the app). */
export function buildOpenApiDocument(modules: Readonly<Record<string, Record<string, unknown>>>): OpenApiDocument {
  const collector = new SchemaCollector();
  const paths: Record<string, Record<string, Json>> = {};
  const tags = new Set<string>();
  for (const { pattern, method, spec, contract } of listOperations(modules)) {
    if (!contract.operation) throw new Error(`OpenAPI: ${method} ${pattern} (${spec.key}) has no operation description`);
    const path = pattern.replace(/\[([^\]]+)\]/g, '{$1}');
    (paths[path] ??= {})[method.toLowerCase()] = operationObject(collector, method, spec, contract, contract.operation);
    tags.add(contract.operation.tag);
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'DIDTron API',
      version: '1',
      description: INFO_DESCRIPTION,
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    // Relative: the document is served by every portal host, each the server of its own operations.
    servers: [{ url: '/', description: 'The portal this document was read from' }],
    security: [{ apiKey: [] }],
    tags: [...tags].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? '' })),
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'dtk_<live|test>_<prefix>_<secret>',
          description: 'An API key from the portal (Settings, API keys), sent as `Authorization: Bearer <key>`. The key is shown once, when it is created.',
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422.',
          schema: { type: 'string', maxLength: 255 },
        },
      },
      headers: {
        RequestId: { description: 'The id of this request: quote it to support', schema: { type: 'string' } },
        RetryAfter: { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } },
        RateLimitLimit: { description: 'Requests allowed in the current window', schema: { type: 'integer' } },
        RateLimitRemaining: { description: 'Requests left in the current window', schema: { type: 'integer' } },
        RateLimitReset: { description: 'Seconds until the window resets', schema: { type: 'integer' } },
      },
      responses: {
        Unauthorized: errorResponse(collector, 'No valid API key or session', errorExample('unauthorized', 'Sign in required')),
        Forbidden: errorResponse(collector, "Authenticated, but the key's scopes or the role do not allow this", errorExample('forbidden', 'You do not have permission to do this')),
        NotFound: errorResponse(collector, 'No such resource in your account (another account\'s ids look the same), or the operation is not served on this host', errorExample('not_found', 'Not found')),
        InvalidInput: errorResponse(
          collector,
          'The request failed validation: `details` is a list of FieldProblems, one per bad field',
          errorExample('invalid_input', 'name: must not be empty', [{ path: 'name', message: 'must not be empty' }]),
          invalidInputEnvelopeSchema,
        ),
        RateLimited: {
          ...errorResponse(collector, 'Too many requests for this key: wait `Retry-After` seconds', errorExample('rate_limited', 'Too many requests')),
          headers: {
            'x-request-id': ref('headers', 'RequestId'),
            'Retry-After': ref('headers', 'RetryAfter'),
            'RateLimit-Limit': ref('headers', 'RateLimitLimit'),
            'RateLimit-Remaining': ref('headers', 'RateLimitRemaining'),
            'RateLimit-Reset': ref('headers', 'RateLimitReset'),
          },
        },
        Error: errorResponse(collector, 'Any other error (409 conflict, 415, 500...), always in the error envelope'),
      },
      schemas: collector.schemas,
    },
  };
}
