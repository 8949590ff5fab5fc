/**
 * Bad-input cases derived from the station's OpenAPI document, so a route is covered the day it
 * is declared. Only the JSON Schema subset zod emits for the routes is understood; a schema
 * outside it makes validValue answer undefined or wrongValues answer nothing, and the test
 * fails on that rather than skipping the field.
 */

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
}

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  'x-access': 'public' | 'signed_in' | string[];
}

export interface BadInput {
  /** Shown in the test name. */
  what: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
  /** The field the 400 must name. */
  field: string;
  /** The body's media type when it is not JSON (a CSV upload). */
  contentType?: string;
}

/** The body an operation reads, under its one media type (JSON unless it declares another). */
export function requestBody(op: Operation): { mediaType: string; schema: JsonSchema } | undefined {
  const [mediaType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
  return mediaType && media ? { mediaType, schema: media.schema } : undefined;
}

const branches = (s: JsonSchema): JsonSchema[] => s.anyOf ?? s.oneOf ?? [s];

const STRING_SAMPLES = ['ab', '1', 'abc', 'Ab1', 'a@example.com', 'https://example.com'];

/** A value the schema accepts, or undefined when this generator cannot make one. */
export function validValue(s: JsonSchema): unknown {
  if (s.default !== undefined) return s.default;
  if (s.enum) return s.enum[0];
  if (s.anyOf || s.oneOf) {
    for (const b of branches(s)) {
      const v = validValue(b);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  switch (s.type) {
    case 'string': {
      const ok = (v: string) =>
        v.length >= (s.minLength ?? 0) &&
        v.length <= (s.maxLength ?? Infinity) &&
        (!s.pattern || new RegExp(s.pattern).test(v)) &&
        (s.format !== 'email' || v.includes('@')) &&
        (s.format !== 'uri' || v.startsWith('https:'));
      return (
        STRING_SAMPLES.find(ok) ??
        // A fixed-length pattern such as a hash: `{64}` gives the length to fill.
        [s.minLength ?? 1, Number(s.pattern?.match(/\{(\d+)\}/)?.[1])]
          .flatMap((n) => ['a', '1'].map((c) => c.repeat(n || 1)))
          .find(ok)
      );
    }
    case 'integer':
    case 'number': {
      const v = Math.max(1, s.minimum ?? 1);
      return v <= (s.maximum ?? Infinity) ? v : undefined;
    }
    case 'boolean':
      return true;
    case 'array': {
      if ((s.minItems ?? 0) === 0) return [];
      const item = s.items && validValue(s.items);
      return item === undefined ? undefined : Array.from({ length: s.minItems! }, () => item);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) {
        const v = validValue(s.properties?.[key] ?? {});
        if (v === undefined) return undefined;
        out[key] = v;
      }
      return out;
    }
    default:
      return undefined;
  }
}

const jsonType = (v: unknown) =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v;
const accepts = (s: JsonSchema, type: string) =>
  branches(s).some((b) => {
    const types = [b.type ?? 'any'].flat().map((t) => (t === 'integer' ? 'number' : t));
    return types.includes(type) || types.includes('any');
  });

/** Values of a JSON type the schema refuses, then an oversized string when it caps length. */
export function wrongValues(s: JsonSchema): [what: string, value: unknown][] {
  const out: [string, unknown][] = [];
  const wrongType = [12345, 'x', true, ['x'], { x: 1 }].find((v) => !accepts(s, jsonType(v)));
  if (wrongType !== undefined) out.push([`a ${jsonType(wrongType)}`, wrongType]);
  for (const b of branches(s)) {
    if (b.type === 'string' && b.maxLength !== undefined) {
      out.push([`${b.maxLength + 1} characters`, 'x'.repeat(b.maxLength + 1)]);
      break;
    }
  }
  return out;
}

/** A text a path or query parameter refuses: parameters arrive as text, so wrong "types" are. */
function wrongParams(s: JsonSchema, where: Parameter['in']): [what: string, value: string][] {
  const out: [string, string][] = [];
  if (s.type === 'integer' || s.type === 'number') out.push(['not a number', 'x']);
  else if (s.enum) out.push(['outside the enum', 'not-a-choice']);
  else if (s.pattern && !new RegExp(s.pattern).test('x~')) out.push(['off the pattern', 'x~']);
  // Over-long path segments are refused with 414 before validation; only queries reach the cap.
  if (s.maxLength !== undefined && where === 'query')
    out.push([`${s.maxLength + 1} characters`, 'x'.repeat(s.maxLength + 1)]);
  return out;
}

/**
 * One wrong thing per case, everything else valid, so the 400 can only be about that field:
 * each parameter and top-level body field of a refused type, over its length cap, or missing.
 */
export function badInputs(op: Operation): BadInput[] {
  const params = op.parameters ?? [];
  const valid = (where: 'path' | 'query') =>
    Object.fromEntries(
      params
        .filter((p) => p.in === where && (where === 'path' || p.required))
        .map((p) => [p.name, String(validValue(p.schema))]),
    );
  const body = requestBody(op);
  const schema = body?.schema;
  const validBody = schema && validValue(schema);
  const base = {
    params: valid('path'),
    query: valid('query'),
    body: validBody,
    ...(body && body.mediaType !== 'application/json' && { contentType: body.mediaType }),
  };
  const cases: BadInput[] = [];

  for (const p of params) {
    const where = p.in === 'path' ? 'params' : 'query';
    for (const [what, value] of wrongParams(p.schema, p.in)) {
      cases.push({
        ...base,
        [where]: { ...base[where], [p.name]: value },
        what: `${p.name} ${what}`,
        field: p.name,
      });
    }
    if (p.in === 'query' && p.required) {
      const { [p.name]: _, ...rest } = base.query;
      cases.push({ ...base, query: rest, what: `${p.name} missing`, field: p.name });
    }
  }
  if (!schema) return cases;

  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const body = { ...(validBody as object) };
    for (const [what, value] of wrongValues(prop)) {
      cases.push({
        ...base,
        body: { ...body, [name]: value },
        what: `${name} as ${what}`,
        field: name,
      });
    }
    if (schema.required?.includes(name)) {
      const { [name]: _, ...rest } = body as Record<string, unknown>;
      cases.push({ ...base, body: rest, what: `${name} missing`, field: name });
    }
  }
  // zod reports unknown keys against the object that holds them.
  if (schema.additionalProperties === false) {
    cases.push({
      ...base,
      body: { ...(validBody as object), junk_field: 1 },
      what: 'an unknown field',
      field: 'body',
    });
  }
  return cases;
}
