/**
 * A local simulator of the pale100.shop API v2 for tests and demos: a real HTTP server on
 * 127.0.0.1 with a seeded catalog, one shared balance, a movable clock and injectable faults.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX, serveApi } from './api';
import { CONTROL_PREFIX, serveControl } from './control';
import { sendJson, setCorsHeaders } from './http-io';
import { createRuntime, stopAutoSms, type SandboxRuntime } from './runtime';

export const DEFAULT_API_KEY = 'sandbox-key';
export const DEFAULT_BALANCE = 1000;

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  apiKey?: string;
  /** Starting balance in TRY; reset returns to it. */
  balance?: number;
  /** When set, every new number receives a realistic SMS after this many real seconds. */
  autoSmsAfterSec?: number;
}

export interface Sandbox {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** origin + '/api/v2' */
  apiBase: string;
  apiKey: string;
  close(): Promise<void>;
}

async function route(runtime: SandboxRuntime, request: IncomingMessage, response: ServerResponse) {
  setCorsHeaders(response, request);
  // The Date header tells the sandbox's own clock, so a client that follows the service's time
  // sees the refund windows and expiry move when a test advances it.
  response.setHeader('Date', new Date(runtime.state.clock.now()).toUTCString());
  if (request.method === 'OPTIONS') {
    response.writeHead(204).end();
    return;
  }

  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith(CONTROL_PREFIX)) return serveControl(runtime, request, response, url);
  if (url.pathname.startsWith(API_PREFIX)) return serveApi(runtime, request, response, url);

  sendJson(response, 404, { status: 'error', message: 'Bulunamadı.' });
}

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('No TCP address'));
      else resolve(address);
    });
  });
}

/** Starts a sandbox; `close()` stops it and forgets everything. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const runtime = createRuntime({
    apiKey,
    initialBalance: options.balance ?? DEFAULT_BALANCE,
    autoSmsAfterSec: options.autoSmsAfterSec,
  });

  const server = createServer((request, response) => {
    route(runtime, request, response).catch((error: unknown) => {
      // A bug in the sandbox must still answer, or the client under test would hang.
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(response, 500, { status: 'error', message });
      else response.destroy();
    });
  });

  const address = await listen(server, options.port ?? 0);
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    apiBase: `${origin}/api/v2`,
    apiKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        stopAutoSms(runtime);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
