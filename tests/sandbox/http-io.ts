/** Small node:http helpers: CORS, JSON out, JSON in. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from './reply';

const MAX_BODY_BYTES = 1024 * 1024;

/** Every response may be read by the extension, whatever its origin. */
export function setCorsHeaders(response: ServerResponse, request: IncomingMessage): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
  const askedHeaders = request.headers['access-control-request-headers'];
  response.setHeader('Access-Control-Allow-Headers', askedHeaders ?? 'Content-Type');
  response.setHeader('Access-Control-Max-Age', '600');
  response.setHeader('Access-Control-Expose-Headers', 'Date');
}

/**
 * Writes JSON. API answers escape "/" as "\/" like the PHP site does (the docs show
 * "\/uploads\/..."), so clients meet the same bytes; JSON parsers read both forms alike.
 */
export function sendJson(
  response: ServerResponse,
  httpStatus: number,
  body: Json,
  escapeSlashes = false,
): void {
  const text = JSON.stringify(body);
  sendText(response, httpStatus, escapeSlashes ? text.replace(/\//g, '\\/') : text);
}

export function sendText(
  response: ServerResponse,
  httpStatus: number,
  text: string,
  contentType = 'application/json; charset=utf-8',
): void {
  response.writeHead(httpStatus, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Reads a JSON object body; an empty body is `{}`. Returns null when it is not an object. */
export async function readJsonObject(
  request: IncomingMessage,
): Promise<Map<string, unknown> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }

  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return new Map();

  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const entries: Array<[string, unknown]> = Object.entries(parsed);
    return new Map(entries);
  } catch {
    return null;
  }
}
