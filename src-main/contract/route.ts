import type { z } from 'zod';
import type { Role } from '../domain/roles';

/** Who may call a route: anyone, any signed-in user, or these roles (admin passes every check). */
export type Access = 'public' | 'signed_in' | readonly Role[];

export const ADMIN: readonly Role[] = ['admin'];

/** An answer that is not JSON (a PDF, a photo, an event stream), as OpenAPI describes one. */
export interface FileAnswer {
  description: string;
  content: Record<string, { schema: z.ZodType }>;
}

/**
 * One HTTP route, declared once: the server registers it from this (`http/serve.ts`), the
 * renderer calls it through `api.call` (`src-renderer/api/client.ts`), and `/api/openapi.json`
 * documents it. Zod schemas only: this module runs in the browser too.
 */
export interface RouteContract {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: `/api/${string}`;
  access: Access;
  tags: readonly string[];
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The body's media types, when it is not JSON (a CSV upload). */
  consumes?: readonly string[];
  /** The success status; 204 answers nothing. */
  status?: 200 | 201 | 202 | 204;
  response: z.ZodType | FileAnswer | null;
  /** The live-event stream cannot send headers from EventSource: its token comes as `?access=`. */
  tokenInQuery?: boolean;
}

export const route = <const C extends RouteContract>(contract: C): C => contract;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type Sent<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the handler receives, after validation. */
export type ParamsOf<C extends RouteContract> = Parsed<C['params']>;
export type QueryOf<C extends RouteContract> = Parsed<C['query']>;
export type BodyOf<C extends RouteContract> = Parsed<C['body']>;
/** What the route answers on success. */
export type AnswerOf<C extends RouteContract> = C['response'] extends z.ZodType
  ? z.output<C['response']>
  : C['response'] extends null
    ? void
    : never;

/** What a caller sends: the pre-validation shapes (a query may be strings, defaults may be left out). */
export type CallInput<C extends RouteContract> = OptionalKeys<{
  params: Sent<C['params']>;
  query: Sent<C['query']>;
  body: Sent<C['body']>;
}>;

type OptionalKeys<T> = {
  [K in keyof T as undefined extends T[K] ? K : never]?: T[K];
} & { [K in keyof T as undefined extends T[K] ? never : K]: T[K] };

/** `/api/orders/:id` with `{id: 42}` → `/api/orders/42`. */
export function pathOf(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(String(params[name] ?? '')),
  );
}
