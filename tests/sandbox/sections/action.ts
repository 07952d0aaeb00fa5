/** What every section module exposes: its actions, each bound to one HTTP method. */
import type { Activation } from '../models';
import type { Query } from '../params';
import type { ApiReply } from '../reply';
import { balanceFields, type SandboxState } from '../state';
import { success } from '../reply';

export interface ActionContext {
  state: SandboxState;
  query: Query;
  /** Sandbox time of this request, read once so a handler sees one consistent instant. */
  now: number;
  /** Lets the server schedule automatic SMS for new numbers when that option is on. */
  onActivationCreated(activation: Activation): void;
}

export interface ActionDefinition {
  method: 'GET' | 'POST';
  /** Synchronous on purpose: no await can split a balance check from its debit. */
  handle(context: ActionContext): ApiReply;
}

export type ActionTable = Readonly<Record<string, ActionDefinition>>;

/** getBalance is the same in all five sections: one shared account. */
export const getBalance: ActionDefinition = {
  method: 'GET',
  handle: ({ state }) => success(balanceFields(state)),
};
