/** One running sandbox: its configuration, its state and its automatic-SMS timers. */
import type { Activation } from './models';
import type { Query } from './params';
import type { ActionContext } from './sections/action';
import { settleLicenseOrders } from './sections/license-delivery';
import { advanceSmmOrders } from './sections/smm-progress';
import { createRealisticSms, deliverSms } from './sms';
import { createState, type SandboxState } from './state';

export interface SandboxConfig {
  apiKey: string;
  initialBalance: number;
  autoSmsAfterSec: number | undefined;
}

export interface SandboxRuntime {
  config: SandboxConfig;
  state: SandboxState;
  autoSmsTimers: Set<NodeJS.Timeout>;
}

export function createRuntime(config: SandboxConfig): SandboxRuntime {
  return { config, state: createState(config.initialBalance), autoSmsTimers: new Set() };
}

export function stopAutoSms(runtime: SandboxRuntime): void {
  for (const timer of runtime.autoSmsTimers) clearTimeout(timer);
  runtime.autoSmsTimers.clear();
}

/** Back to the seed. Pending timers go too, or they would text the new activations. */
export function resetRuntime(runtime: SandboxRuntime): void {
  stopAutoSms(runtime);
  runtime.state = createState(runtime.config.initialBalance);
}

/** Applies everything that sandbox time has brought about since the last request. */
export function settle(state: SandboxState, now: number): void {
  advanceSmmOrders(state, now);
  settleLicenseOrders(state, now);
}

function scheduleAutoSms(runtime: SandboxRuntime, activation: Activation): void {
  const delaySec = runtime.config.autoSmsAfterSec;
  if (delaySec === undefined) return;

  const state = runtime.state;
  const timer = setTimeout(() => {
    runtime.autoSmsTimers.delete(timer);
    // Refused quietly when the number was cancelled or expired meanwhile, as a real SMS would be.
    if (runtime.state === state)
      deliverSms(state, createRealisticSms(activation), state.clock.now());
  }, delaySec * 1000);
  timer.unref();
  runtime.autoSmsTimers.add(timer);
}

export function createActionContext(runtime: SandboxRuntime, query: Query): ActionContext {
  return {
    state: runtime.state,
    query,
    now: runtime.state.clock.now(),
    onActivationCreated: (activation) => scheduleAutoSms(runtime, activation),
  };
}
