/**
 * What the three number sections (virtual, physical SIM, rental) have in common: a balance, a
 * cancel with refund and a paged history, under the same names and parameters.
 */
import type * as v from 'valibot';

import type { ActivationStatus } from './fields';
import type { ActionSpec, Call } from './transport';

export type HistoryParams = {
  page?: number;
  /** At most 50; the service's default is 25. */
  limit?: number;
  order_status?: ActivationStatus;
};

interface CommonSpecs<
  B extends v.GenericSchema,
  C extends v.GenericSchema,
  H extends v.GenericSchema,
> {
  getBalance: ActionSpec<B>;
  cancelNumber: ActionSpec<C>;
  getActivations: ActionSpec<H>;
}

/** The actions every number section offers, bound to one section's specs. */
export function createNumberCommon<
  B extends v.GenericSchema,
  C extends v.GenericSchema,
  H extends v.GenericSchema,
>(call: Call, specs: CommonSpecs<B, C, H>) {
  return {
    getBalance: () => call(specs.getBalance),
    cancelNumber: (params: { id: number }) => call(specs.cancelNumber, params),
    getActivations: (params: HistoryParams = {}) => call(specs.getActivations, params),
  };
}
