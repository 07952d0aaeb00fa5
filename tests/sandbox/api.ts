/** Serving `/api/v2/<section>`: request log, faults, auth, action routing. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { takeFault, type Fault } from './faults';
import { sendJson, sendText } from './http-io';
import { isParamError, requestError, type ApiReply } from './reply';
import { createActionContext, settle, type SandboxRuntime } from './runtime';
import { SECTIONS } from './sections';

export const API_PREFIX = '/api/v2/';

function logRequest(
  runtime: SandboxRuntime,
  method: string,
  section: string,
  query: URLSearchParams,
) {
  const params: Record<string, string> = {};
  for (const [name, value] of query) params[name] = name === 'api_key' ? '***' : value;

  runtime.state.requests.push({
    time: new Date(runtime.state.clock.now()).toISOString(),
    method,
    section,
    action: query.get('action'),
    params,
  });
}

/** Routes one API call; synchronous so a purchase is checked and charged in one step. */
export function dispatchApi(
  runtime: SandboxRuntime,
  method: string,
  section: string,
  query: URLSearchParams,
): ApiReply {
  const actions = SECTIONS[section];
  if (actions === undefined) return requestError(404, `Bilinmeyen API bölümü: ${section}`);

  const apiKey = query.get('api_key');
  if (apiKey === null || apiKey === '') return requestError(401, 'api_key parametresi zorunludur.');
  if (apiKey !== runtime.config.apiKey) return requestError(401, 'Geçersiz API anahtarı.');

  const actionName = query.get('action') ?? '';
  const action = Object.hasOwn(actions, actionName) ? actions[actionName] : undefined;
  if (action === undefined) {
    const message = actionName === '' ? 'action parametresi zorunludur.' : 'Geçersiz action.';
    return requestError(400, message);
  }

  if (method !== action.method) {
    return requestError(405, `${actionName} yalnızca ${action.method} ile çağrılabilir.`);
  }

  const context = createActionContext(runtime, query);
  settle(context.state, context.now);
  try {
    return action.handle(context);
  } catch (error) {
    if (isParamError(error)) return requestError(400, error.message);
    throw error;
  }
}

/** Answers the way a broken server or network would, without touching the state. */
function playFault(fault: Fault, response: ServerResponse): void {
  if (fault.kind === 'http500') {
    const html = '<html><head><title>500 Internal Server Error</title></head><body></body></html>';
    sendText(response, 500, html, 'text/html; charset=utf-8');
  } else if (fault.kind === 'malformed') {
    sendText(response, 200, '{"status":"success","balance":12');
  } else if (fault.kind === 'invalid') {
    sendJson(response, 200, { status: 'success', balance: 'n/a' });
  } else {
    response.socket?.destroy();
  }
}

/** The answer starts (status and headers) and then the connection breaks mid-body. */
function cutOff(response: ServerResponse): void {
  response.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': 400,
  });
  response.write('{"status":"succ', () => response.socket?.destroy());
}

export async function serveApi(
  runtime: SandboxRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const method = request.method ?? 'GET';
  const section = url.pathname.slice(API_PREFIX.length).replace(/\/+$/, '');
  logRequest(runtime, method, section, url.searchParams);

  const fault = takeFault(runtime.state.faults, section, url.searchParams.get('action'));
  if (fault?.kind === 'latency') await delay(fault.ms);

  const commits = fault?.kind === 'drop_after_commit' || fault?.kind === 'cut_after_commit';
  if (fault !== undefined && fault.kind !== 'latency' && !commits) {
    playFault(fault, response);
    return;
  }

  const reply = dispatchApi(runtime, method, section, url.searchParams);
  if (fault?.kind === 'drop_after_commit') {
    // Nothing at all comes back. On a reused keep-alive connection a browser takes this for a
    // connection the server had closed, and may send the request again by itself.
    response.socket?.destroy();
    return;
  }

  if (fault?.kind === 'cut_after_commit') {
    cutOff(response);
    return;
  }

  sendJson(response, reply.httpStatus, reply.body, true);
}
