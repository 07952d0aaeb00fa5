/**
 * A tiny HTTP server that answers every request with whatever the test queued and remembers what
 * it was asked, so a test can check the exact request a client produced.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  /** Path and query string, exactly as sent. */
  url: string;
}

export interface FixtureAnswer {
  status?: number;
  body: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Close the connection without answering. */
  drop?: boolean;
}

export interface FixtureServer {
  origin: string;
  requests: SeenRequest[];
  answerWith(answer: FixtureAnswer): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  let next: FixtureAnswer = { body: '{}' };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '' });
    const answer = next;
    setTimeout(() => {
      if (answer.drop) {
        request.socket.destroy();
        return;
      }

      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      response.end(answer.body);
    }, answer.delayMs ?? 0);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    answerWith: (answer) => (next = answer),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
