/**
 * `/__sandbox/*`: endpoints for tests and demos to steer the sandbox (deliver SMS, move the
 * clock, set prices, queue faults). No api_key; JSON in, JSON out; never in the request log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeState } from './control-state';
import { describeFault, parseFault } from './faults';
import { readJsonObject, sendJson } from './http-io';
import { setOperatorPrice } from './control-price';
import type { Json } from './reply';
import { resetRuntime, settle, type SandboxRuntime } from './runtime';
import { deliverSms } from './sms';
import { roundMoney } from './format';
import { activationStatus } from './sections/activations';

export const CONTROL_PREFIX = '/__sandbox/';

export interface ControlReply {
  httpStatus: number;
  body: Json;
}

type Body = Map<string, unknown>;
type ControlHandler = (runtime: SandboxRuntime, body: Body) => ControlReply;

const ok = (body: Json): ControlReply => ({ httpStatus: 200, body });
const fail = (httpStatus: number, error: string): ControlReply => ({ httpStatus, body: { error } });

function optionalString(body: Body, name: string): string | undefined {
  const value = body.get(name);
  return typeof value === 'string' ? value : undefined;
}

function postSms(runtime: SandboxRuntime, body: Body): ControlReply {
  const activationId = body.get('activation_id');
  const text = body.get('text');
  if (typeof activationId !== 'number' || typeof text !== 'string' || text === '') {
    return fail(400, 'activation_id (sayı) ve text (metin) zorunludur.');
  }

  const { state } = runtime;
  const now = state.clock.now();
  const input = { activationId, text, from: optionalString(body, 'from') };
  const delivery = deliverSms(state, { ...input, code: optionalString(body, 'code') }, now);
  if (!delivery.ok) return fail(delivery.httpStatus, delivery.error);

  const { activation } = delivery;
  return ok({
    activation_id: activation.activationId,
    product: activation.product,
    order_status: activationStatus(activation, now),
    otp: activation.otp,
    sms_count: activation.messages.length,
  });
}

function clockReply(runtime: SandboxRuntime): ControlReply {
  return ok({ now: new Date(runtime.state.clock.now()).toISOString() });
}

function advanceClock(runtime: SandboxRuntime, body: Body): ControlReply {
  const seconds = body.get('advance_sec');
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    return fail(400, 'advance_sec sıfır ya da pozitif bir sayı olmalıdır.');
  }

  runtime.state.clock.advance(seconds);
  return clockReply(runtime);
}

function setBalance(runtime: SandboxRuntime, body: Body): ControlReply {
  const balance = body.get('balance');
  if (typeof balance !== 'number' || !Number.isFinite(balance) || balance < 0) {
    return fail(400, 'balance sıfır ya da pozitif bir sayı olmalıdır.');
  }

  runtime.state.balance = roundMoney(balance);
  return ok({ balance: runtime.state.balance });
}

function addFault(runtime: SandboxRuntime, body: Body): ControlReply {
  const fault = parseFault(body);
  if (typeof fault === 'string') return fail(400, fault);

  runtime.state.faults.push(fault);
  return ok({ faults: runtime.state.faults.map(describeFault) });
}

const ROUTES: Readonly<Record<string, Readonly<Record<string, ControlHandler>>>> = {
  sms: { POST: postSms },
  clock: { GET: clockReply, POST: advanceClock },
  balance: { POST: setBalance },
  price: { POST: setOperatorPrice },
  faults: {
    GET: (runtime) => ok({ faults: runtime.state.faults.map(describeFault) }),
    POST: addFault,
    DELETE: (runtime) => {
      runtime.state.faults = [];
      return ok({ faults: [] });
    },
  },
  requests: {
    GET: (runtime) => ok({ requests: runtime.state.requests.map((entry) => ({ ...entry })) }),
    DELETE: (runtime) => {
      runtime.state.requests = [];
      return ok({ requests: [] });
    },
  },
  reset: {
    POST: (runtime) => {
      resetRuntime(runtime);
      return ok({ reset: true, balance: runtime.state.balance });
    },
  },
  state: {
    GET: (runtime) => {
      settle(runtime.state, runtime.state.clock.now());
      return ok(describeState(runtime.state));
    },
  },
};

export async function serveControl(
  runtime: SandboxRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const methods = ROUTES[url.pathname.slice(CONTROL_PREFIX.length).replace(/\/+$/, '')];
  const method = request.method ?? 'GET';
  const handler =
    methods !== undefined && Object.hasOwn(methods, method) ? methods[method] : undefined;
  if (methods === undefined)
    return sendJson(response, 404, { error: 'Bilinmeyen kontrol adresi.' });
  if (handler === undefined) return sendJson(response, 405, { error: `${method} desteklenmiyor.` });

  const body = await readJsonObject(request);
  if (body === null) return sendJson(response, 400, { error: 'Gövde bir JSON nesnesi olmalıdır.' });

  const reply = handler(runtime, body);
  sendJson(response, reply.httpStatus, reply.body);
}
