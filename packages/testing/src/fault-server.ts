import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the fault server does for one request. */
export type FaultStep =
  | {
      /** HTTP status (default 200). */
      status?: number;
      headers?: Record<string, string>;
      /** A string is sent as is; anything else as JSON. */
      body?: unknown;
      /** Wait before answering, in ms. */
      delayMs?: number;
    }
  /** Destroy the socket without answering (a connection reset). */
  | { reset: true }
  /** Send the headers (and `partial` body), then never finish: a stall. */
  | { stall: true; partial?: string };

/** One request the server received. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** `performance.now()` when it arrived. */
  at: number;
}

/** A running fault-injecting server. */
export interface FaultServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request received, in order. */
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a node:http server on 127.0.0.1 (a free port) that answers each request with what `handler`
 * returns: a status/headers/body, a delay, a connection reset, or a stall. For testing retries, timeouts,
 * bad bodies and pagination against real HTTP. Only loopback is used.
 */
export async function startFaultServer(
  handler: (request: ReceivedRequest, index: number) => FaultStep | Promise<FaultStep>,
): Promise<FaultServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const received: ReceivedRequest = {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      at: performance.now(),
    };
    requests.push(received);
    const step = await handler(received, requests.length - 1);
    if ("reset" in step) {
      req.socket.destroy();
      return;
    }
    if ("stall" in step) {
      res.writeHead(200, { "content-type": "application/json" });
      res.write(step.partial ?? "");
      return;
    }
    if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
    const body =
      step.body === undefined ? "" : typeof step.body === "string" ? step.body : JSON.stringify(step.body);
    res.writeHead(step.status ?? 200, {
      "content-type": typeof step.body === "string" ? "text/plain" : "application/json",
      ...step.headers,
    });
    res.end(body);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A `fetch` that drops the named headers before sending (e.g. `authorization`, `x-api-key`), to check how
 * a provider (or its Prism mock) answers a request without credentials.
 */
export function fetchWithoutHeaders(
  ...names: string[]
): (request: Request, init?: RequestInit) => Promise<Response> {
  return (request, init) => {
    const stripped = new Request(request);
    for (const name of names) stripped.headers.delete(name);
    return fetch(stripped, init);
  };
}
