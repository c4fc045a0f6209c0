import { type CommonClientOptions, createApiClient } from "../client.js";
import type { PageFetcher } from "../pagination.js";

/** A tiny made-up API used to test the runtime without any real provider: `GET /items/{id}`, `GET /items`. */
export interface ToyPaths {
  "/items/{id}": {
    get: {
      parameters: { path: { id: string } };
      responses: {
        200: { content: { "application/json": { id: string; n: number } } };
        default: { content: { "application/json": unknown } };
      };
    };
  };
  "/search": {
    post: {
      requestBody: { content: { "application/json": { q: string } } };
      responses: { 200: { content: { "application/json": { items: { id: string }[] } } } };
    };
  };
  "/items": {
    get: {
      parameters: { query?: { offset?: number; limit?: number; cursor?: string } };
      responses: {
        200: {
          content: {
            "application/json": { items: { id: string }[]; has_more?: boolean; next_cursor?: string | null };
          };
        };
      };
    };
  };
}

/** The OpenAPI document of the toy API (used by `validateResponses`). */
export const toySpec = {
  openapi: "3.1.0",
  paths: {
    "/items/{id}": {
      get: {
        operationId: "getItem",
        responses: {
          "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Item: {
        type: "object",
        additionalProperties: true,
        required: ["id", "n"],
        properties: {
          id: { type: "string" },
          n: { type: "integer" },
          status: { type: "string", enum: ["ok", "done"] },
        },
      },
    },
  },
};

export const TOY_KEY = "sk_toy_SECRET_1234567890";
export const TOY_SECRET = "s3cr3t_toy_abcdefghij";

/** A toy client on the shared runtime, authenticated with {@link TOY_KEY} + {@link TOY_SECRET}. */
export function createToyClient(
  options: CommonClientOptions & {
    onRetry?: (i: { attempt: number; delayMs: number; reason: string }) => void;
  },
) {
  const api = createApiClient<ToyPaths>({
    provider: "toy",
    defaultBaseUrl: "https://toy.invalid",
    authHeaders: { "X-API-KEY": TOY_KEY, "X-API-SECRET": TOY_SECRET },
    secrets: [TOY_KEY, TOY_SECRET],
    options,
    validatorImport: 'import { toyResponseValidator } from "./test-support/toy-client.js"',
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });
  const offsetPages: PageFetcher<{ id: string }, { offset?: number; limit?: number }> = async (
    params,
    opts,
  ) => {
    const body = await api.handle(
      "listItems",
      await api.raw.GET("/items", { params: { query: params }, ...api.init(opts) }),
      { expect: { body: "object", arrays: ["items"] } },
    );
    const next =
      body.has_more && body.items.length > 0
        ? { ...params, offset: (params.offset ?? 0) + body.items.length }
        : undefined;
    return { items: body.items, next, body };
  };
  return {
    api,
    getItem: async (id: string, opts?: Parameters<typeof api.init>[0]) =>
      api.handle(
        "getItem",
        await api.raw.GET("/items/{id}", { params: { path: { id } }, ...api.init(opts) }),
        { expect: { body: "object" } },
      ),
    /** `POST /search` with a JSON body (a list request like Zudu's). */
    search: async (q: string, opts?: Parameters<typeof api.init>[0]) =>
      api.handle("search", await api.raw.POST("/search", { body: { q }, ...api.init(opts) }), {
        expect: { body: "object", arrays: ["items"] },
      }),
    offsetPages,
  };
}
