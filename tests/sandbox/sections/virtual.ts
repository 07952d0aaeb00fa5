/** The virtual section (sanal-smsonay): one-time numbers that receive a single code. */
import type { VirtualService } from '../catalog/virtual';
import { formatApiTime } from '../format';
import type { Activation } from '../models';
import { requireInt } from '../params';
import { businessError, success } from '../reply';
import { getBalance, type ActionTable } from './action';
import {
  ACTIVATION_NOT_FOUND,
  activationStatus,
  cancelActivation,
  findActivation,
  listActivations,
  type ActivationStatus,
} from './activations';
import { listRegions, listServices, minimumOf } from './listing';
import { buyVirtualNumber } from './virtual-buy';

const CANCEL_WINDOW_MINUTES = 15;

function regionPrices(service: VirtualService): number[] {
  return service.regions.flatMap((region) => region.operators.map((entry) => entry.priceTl));
}

function historyItem(activation: Activation, status: ActivationStatus) {
  return {
    activation_id: activation.activationId,
    service_name: activation.serviceName ?? '',
    country_code: activation.countryCode,
    number: activation.number,
    price_tl: activation.priceTl,
    order_status: status,
    otp: activation.otp,
    created_at: formatApiTime(activation.createdAt),
  };
}

export const virtualActions: ActionTable = {
  getBalance,
  getServices: {
    method: 'GET',
    handle: ({ state, query }) =>
      listServices(
        query,
        state.virtual.map((service) => ({
          ...service,
          minPriceTl: minimumOf(regionPrices(service)),
        })),
      ),
  },
  getRegions: {
    method: 'GET',
    handle: ({ state, query }) => {
      const serviceId = requireInt(query, 'service_id');
      const service = state.virtual.find((entry) => entry.serviceId === serviceId);
      if (service === undefined) return businessError('Servis bulunamadı.');

      const regions = service.regions.map((region) => ({
        country: region.country,
        minPriceTl: minimumOf(region.operators.map((entry) => entry.priceTl)),
        fields: {
          operator_count: region.operators.length,
          operators: region.operators.map((entry) => ({
            operator_id: entry.operatorId,
            operator: entry.operator,
            price_tl: entry.priceTl,
            stock: entry.stock,
          })),
        },
      }));
      return listRegions(query, regions);
    },
  },
  buyNumber: { method: 'POST', handle: buyVirtualNumber },
  getOtp: {
    method: 'GET',
    handle: (context) => {
      const activation = findActivation(context, 'virtual');
      if (activation === undefined) return businessError(ACTIVATION_NOT_FOUND);

      return success({
        activation_id: activation.activationId,
        number: activation.number,
        order_status: activationStatus(activation, context.now),
        otp: activation.otp,
      });
    },
  },
  cancelNumber: {
    method: 'POST',
    handle: (context) => {
      const activation = findActivation(context, 'virtual');
      if (activation === undefined) return businessError(ACTIVATION_NOT_FOUND);

      const message = 'Sipariş iptal edildi ve bakiye iade edildi.';
      return cancelActivation(context, activation, CANCEL_WINDOW_MINUTES, message);
    },
  },
  getActivations: {
    method: 'GET',
    handle: (context) => listActivations(context, 'virtual', historyItem),
  },
};
