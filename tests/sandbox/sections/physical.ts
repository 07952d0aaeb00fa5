/** The physical SIM section (fiziksel-smsonay): real SIMs, many SMS per number. */
import { ACTIVATION_MINUTES, physicalDurationText, type PhysicalDeal } from '../catalog/physical';
import type { PhysicalService } from '../catalog/physical';
import { formatApiTime } from '../format';
import type { Activation } from '../models';
import { requireInt } from '../params';
import { businessError, success, type JsonObject } from '../reply';
import { defineSmsActions } from './sms-actions';
import { getBalance, type ActionTable } from './action';
import { remainingSeconds, type ActivationStatus } from './activations';
import { listRegions, listServices, minimumOf } from './listing';
import { buyPhysicalNumber, resolveOfferTarget } from './physical-buy';

function servicePrices(service: PhysicalService): number[] {
  return service.regions.flatMap((region) =>
    region.operators.flatMap((entry) => entry.deals.map((deal) => deal.priceTl)),
  );
}

function dealFields(deal: PhysicalDeal): JsonObject {
  const common = {
    duration_hours: deal.durationHours,
    duration_text: physicalDurationText(deal.durationHours),
  };
  if (deal.durationHours === 0) {
    return {
      deal_type: 'activation',
      ...common,
      activation_minutes: ACTIVATION_MINUTES,
      price_tl: deal.priceTl,
      stock: deal.stock,
    };
  }

  return { deal_type: 'rent', ...common, price_tl: deal.priceTl, stock: deal.stock };
}

function historyItem(activation: Activation, status: ActivationStatus, now: number): JsonObject {
  return {
    activation_id: activation.activationId,
    service_name: activation.serviceName ?? '',
    country_code: activation.countryCode,
    number: activation.number,
    price_tl: activation.priceTl,
    order_status: status,
    remaining_sec: remainingSeconds(activation, now),
    expires_at: formatApiTime(activation.expiresAt),
    created_at: formatApiTime(activation.createdAt),
  };
}

export const physicalActions: ActionTable = {
  getBalance,
  getServices: {
    method: 'GET',
    handle: ({ state, query }) =>
      listServices(
        query,
        state.physical.map((service) => ({
          ...service,
          minPriceTl: minimumOf(servicePrices(service)),
        })),
      ),
  },
  getRegions: {
    method: 'GET',
    handle: ({ state, query }) => {
      const serviceId = requireInt(query, 'service_id');
      const service = state.physical.find((entry) => entry.serviceId === serviceId);
      if (service === undefined) return businessError('Servis bulunamadı.');

      const regions = service.regions.map((region) => ({
        country: region.country,
        minPriceTl: minimumOf(
          region.operators.flatMap((entry) => entry.deals.map((deal) => deal.priceTl)),
        ),
        fields: { operator_count: region.operators.length },
      }));
      return listRegions(query, regions);
    },
  },
  getOffers: {
    method: 'GET',
    handle: ({ state, query }) => {
      const target = resolveOfferTarget(state, query);
      if ('httpStatus' in target) return target;

      return success({
        service_id: target.service.serviceId,
        country_id: target.region.country.id,
        country_code: target.region.country.code,
        operators: target.region.operators.map((entry) => ({
          operator: entry.operator,
          deals: entry.deals.map(dealFields),
        })),
      });
    },
  },
  buyNumber: { method: 'POST', handle: buyPhysicalNumber },
  ...defineSmsActions({
    product: 'physical',
    cancelMessage: 'Sipariş iptal edildi ve bakiye iade edildi.',
    historyItem,
  }),
};
