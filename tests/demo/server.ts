/**
 * Serves the demo pages of `tests/demo/` on 127.0.0.1, the local sites the extension is tried
 * and tested on.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';

export interface DemoServer {
  origin: string;
  close(): Promise<void>;
}

const PAGES_DIR = new URL('./', import.meta.url);

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server = createServer((request, response) => {
    const name = basename(new URL(request.url ?? '/', 'http://x').pathname) || 'signup.html';
    if (!name.endsWith('.html')) {
      response.writeHead(404).end();
      return;
    }

    readFile(new URL(name, PAGES_DIR)).then(
      (page) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
      () => response.writeHead(404).end('not found'),
    );
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
