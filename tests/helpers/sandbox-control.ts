/** Steers a running sandbox through its `/__sandbox/` endpoints, for tests of the client. */
import type { FaultKind } from '../sandbox/faults';

export type { FaultKind };

export interface Fault {
  kind: FaultKind;
  section?: string;
  action?: string;
  count?: number;
  ms?: number;
}

export interface LoggedRequest {
  method: string;
  section: string;
  action: string;
  params: Record<string, string>;
}

export function createSandboxControl(origin: string) {
  async function send<T>(path: string, body?: object, method = body ? 'POST' : 'GET'): Promise<T> {
    const response = await fetch(`${origin}/__sandbox/${path}`, {
      method,
      ...(body
        ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
        : {}),
    });
    if (!response.ok)
      throw new Error(`sandbox ${path}: HTTP ${response.status} ${await response.text()}`);

    return (await response.json()) as T;
  }

  return {
    reset: () => send('reset', {}),
    deliverSms: (activation_id: number, text: string, from?: string) =>
      send('sms', { activation_id, text, ...(from ? { from } : {}) }),
    advanceClock: (advance_sec: number) => send('clock', { advance_sec }),
    setBalance: (balance: number) => send('balance', { balance }),
    setPrice: (operator_id: number, price_tl: number) => send('price', { operator_id, price_tl }),
    fault: (fault: Fault) => send('faults', fault),
    requests: async () => (await send<{ requests: LoggedRequest[] }>('requests')).requests,
    clearRequests: () => send('requests', undefined, 'DELETE'),
  };
}

export type SandboxControl = ReturnType<typeof createSandboxControl>;
