/** `POST /__sandbox/price`: makes a virtual operator's upstream price drift from its listing. */
import { TL_PER_USD } from './catalog/virtual';
import type { ControlReply } from './control';
import { roundMoney } from './format';
import type { SandboxRuntime } from './runtime';

/**
 * The listing keeps the old price; buying answers wrong_price offering `price_tl` (and its
 * USD equivalent) until the caller accepts it. Setting the listed price again clears the drift.
 */
export function setOperatorPrice(
  runtime: SandboxRuntime,
  body: Map<string, unknown>,
): ControlReply {
  const operatorId = body.get('operator_id');
  const priceTl = body.get('price_tl');
  if (typeof operatorId !== 'number' || typeof priceTl !== 'number' || !(priceTl > 0)) {
    return { httpStatus: 400, body: { error: 'operator_id ve pozitif price_tl zorunludur.' } };
  }

  const operator = runtime.state.virtual
    .flatMap((service) => service.regions.flatMap((region) => region.operators))
    .find((entry) => entry.operatorId === operatorId);
  if (operator === undefined) return { httpStatus: 404, body: { error: 'Operatör bulunamadı.' } };

  const altPriceTl = roundMoney(priceTl);
  const altPriceUsd = Math.round((altPriceTl / TL_PER_USD) * 10000) / 10000;
  operator.drift =
    altPriceTl === operator.priceTl ? null : { priceTl: altPriceTl, priceUsd: altPriceUsd };

  return {
    httpStatus: 200,
    body: {
      operator_id: operatorId,
      price_tl: operator.priceTl,
      alt_price_tl: operator.drift?.priceTl ?? null,
      alt_price_usd: operator.drift?.priceUsd ?? null,
    },
  };
}
