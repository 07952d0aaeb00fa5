import type { LicenseOrder, LicenseProductDetail, RequiredField } from '@/utils/api';
import { describeError } from '@/utils/error-text';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';
import { fieldInputType, fieldLabel } from '@/utils/license-form';
import type { LicenseProductModel } from '@/entrypoints/options/license/product-model';
import type { RevealModel } from '@/entrypoints/options/license/reveal-model';
import type { CopyModel } from '@/entrypoints/popup/copy-model';

import { ConfirmSpend } from '../ConfirmSpend';
import { DeliveryData } from './DeliveryData';
import { DeliveryKind, StockText } from './LicenseCatalog';
import { OrderStatusBadge } from './OrderStatusBadge';

interface Props {
  model: LicenseProductModel;
  reveal: RevealModel;
  copy: CopyModel;
  onBack: () => void;
  onShowOrders: () => void;
}

/** One product: what it is, the fields it asks for, and its purchase with the outcome. */
export function LicenseProductView({ model, reveal, copy, onBack, onShowOrders }: Props) {
  const detail = model.detail.value;
  return (
    <section class="license-product" aria-label={t('licenseProduct')} data-testid="license-detail">
      <button type="button" class="link" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('licenseBackToProducts')}
      </button>
      {detail.kind === 'loading' && (
        <p class="list-note" role="status">
          {t('licenseLoadingProduct')}
        </p>
      )}
      {detail.kind === 'failed' && (
        <div class="notice notice--error" role="alert">
          <p class="notice__text">{t('licenseProductLoadFailed', describeError(detail.error))}</p>
          <button type="button" onClick={() => void model.retry()}>
            {t('licenseRetry')}
          </button>
        </div>
      )}
      {detail.kind === 'ready' && (
        <>
          <ProductFacts product={detail.product} />
          <Purchase
            model={model}
            product={detail.product}
            reveal={reveal}
            copy={copy}
            onShowOrders={onShowOrders}
          />
        </>
      )}
    </section>
  );
}

function ProductFacts({ product }: { product: LicenseProductDetail }) {
  return (
    <>
      <h3 class="license-product__name">{product.name}</h3>
      {product.description && <p class="license-product__description">{product.description}</p>}
      <dl class="license-facts">
        <dt>{t('licensePrice')}</dt>
        <dd data-testid="product-price">{formatMoney(product.price_tl)}</dd>
        <dt>{t('licenseStock')}</dt>
        <dd>
          <StockText product={product} />
        </dd>
        <dt>{t('licenseDelivery')}</dt>
        <dd>
          <DeliveryKind automatic={product.is_automatic_delivery} />
        </dd>
      </dl>
    </>
  );
}

interface PurchaseProps {
  model: LicenseProductModel;
  product: LicenseProductDetail;
  reveal: RevealModel;
  copy: CopyModel;
  onShowOrders: () => void;
}

function Purchase({ model, product, reveal, copy, onShowOrders }: PurchaseProps) {
  const purchase = model.purchase.value;
  if (purchase.kind === 'placed') {
    return (
      <div class="license-outcome" data-testid="purchase-outcome">
        <PlacedOrder order={purchase.order} reveal={reveal} copy={copy} />
        <button type="button" onClick={model.again}>
          {t('licenseBuyAnother')}
        </button>
      </div>
    );
  }

  if (purchase.kind === 'unknown') {
    return (
      <div class="notice notice--warning" role="alert" data-testid="purchase-outcome">
        <p class="notice__text">{purchase.message}</p>
        <button type="button" onClick={onShowOrders}>
          {t('licenseCheckOrders')}
        </button>
      </div>
    );
  }

  const fields = product.required_fields;
  const refusal = model.refusal.value;
  return (
    <form
      class="license-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        model.attempt();
      }}
    >
      {fields.length > 0 && (
        <fieldset class="license-form__fields">
          <legend>{t('licenseNeededFields')}</legend>
          {fields.map((field) => (
            <FieldInput key={field.name} field={field} model={model} />
          ))}
        </fieldset>
      )}
      {refusal && (
        <p class="notice notice--error" role="alert" data-testid="purchase-refusal">
          {refusal}
        </p>
      )}
      {purchase.kind === 'refused' && (
        <div class="notice notice--error" role="alert" data-testid="purchase-error">
          <p class="notice__text">{describeError(purchase.error)}</p>
          {purchase.error.requiredAmount !== undefined && (
            <p class="notice__text">
              {t('licenseAmountNeeded', formatMoney(purchase.error.requiredAmount))}
            </p>
          )}
        </div>
      )}
      <ConfirmSpend
        label={t('licenseBuy')}
        totalTl={product.price_tl}
        summary={product.name}
        canSpend={model.isFormValid.value && model.canBuy.value}
        isSending={purchase.kind === 'sending'}
        onConfirm={() => void model.buy()}
        // Until the fields are right, the price button only says what is missing.
        onRefused={refusal === null ? () => void model.attempt() : undefined}
      />
    </form>
  );
}

function FieldInput({ field, model }: { field: RequiredField; model: LicenseProductModel }) {
  const error = model.fieldErrors.value[field.name];
  const inputId = `license-field-${field.name}`;
  const errorId = `${inputId}-error`;
  const type = fieldInputType(field.type);
  return (
    <div class="field">
      <label for={inputId}>{fieldLabel(field)}</label>
      <input
        id={inputId}
        type={type}
        name={field.name}
        required
        autocomplete={type === 'email' ? 'email' : 'off'}
        value={model.values.value[field.name] ?? ''}
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => model.edit(field.name, event.currentTarget.value)}
        onBlur={() => model.touch(field.name)}
      />
      {error && (
        <span id={errorId} class="field__error" data-testid="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

function PlacedOrder({
  order,
  reveal,
  copy,
}: {
  order: LicenseOrder;
  reveal: RevealModel;
  copy: CopyModel;
}) {
  return (
    <div class="license-placed" data-order-id={order.order_id}>
      <p>
        {t('licenseOrderNumber', order.order_id)}: <OrderStatusBadge status={order.order_status} />
      </p>
      {order.order_status === 'success' && order.delivery_data && (
        <DeliveryData
          orderId={order.order_id}
          data={order.delivery_data}
          reveal={reveal}
          copy={copy}
          place="purchase"
        />
      )}
      {order.order_status === 'success' && !order.delivery_data && (
        <p class="notice">{t('licenseDeliveredInAccount')}</p>
      )}
      {order.order_status === 'pending' && (
        <p class="notice notice--warning" role="status" data-testid="delivery-pending">
          {t('licenseDeliveryPending')}
        </p>
      )}
      {order.order_status === 'failed' && (
        <p class="notice notice--error" role="alert" data-testid="delivery-failed">
          {t('licenseDeliveryFailed')}
        </p>
      )}
    </div>
  );
}
