import type { SmmOrderFormModel } from '@/entrypoints/options/smm/order-form-model';
import { formatMoney } from '@/utils/format';
import type { SmmOrderField } from '@/utils/smm-order-form';

import { ConfirmSpend } from '../ConfirmSpend';
import { StatusBadge } from './StatusBadge';
import { formatUnitPrice } from './unit-price';

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <span class="smm-field-error" id={id} data-testid={id}>
      {text}
    </span>
  );
}

/** The order form of the chosen service; its fields follow the service's `input_type`. */
export function OrderForm({ model }: { model: SmmOrderFormModel }) {
  const service = model.service.value;
  if (!service) return null;

  const form = model.form.value;
  const check = model.check.value;
  const error = (field: SmmOrderField) => model.errorOf(field);
  const isUsername = service.input_type === 'username';
  const isComments = service.input_type === 'custom_comments';
  const described = (field: SmmOrderField) =>
    error(field) ? { 'aria-invalid': true, 'aria-describedby': `smm-error-${field}` } : {};

  return (
    <form
      class="smm-form"
      aria-label="Order"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        model.attempt();
      }}
    >
      {error('service') && (
        <p class="notice notice--warning" data-testid="smm-error-service">
          {error('service')}
        </p>
      )}
      <div class="field">
        <label for="smm-target">{isUsername ? 'Username' : 'Link'}</label>
        <input
          type="text"
          id="smm-target"
          name="target"
          autocomplete="off"
          placeholder={service.input_placeholder ?? undefined}
          value={form.target}
          onInput={(event) => model.edit({ target: event.currentTarget.value })}
          {...described('target')}
        />
        <FieldError id="smm-error-target" text={error('target')} />
      </div>
      {isComments ? (
        <>
          <div class="field">
            <label for="smm-comments">Comments (one a line)</label>
            <textarea
              id="smm-comments"
              name="comments"
              rows={5}
              value={form.comments}
              onInput={(event) => model.edit({ comments: event.currentTarget.value })}
              {...described('comments')}
            />
            <FieldError id="smm-error-comments" text={error('comments')} />
          </div>
          <p class="smm-form__count" data-testid="smm-comment-count">
            Quantity: {check?.quantity ?? 0} (from the comments; {service.min_quantity} –{' '}
            {service.max_quantity})
          </p>
        </>
      ) : (
        <div class="field">
          <label for="smm-quantity">
            Quantity ({service.min_quantity} – {service.max_quantity})
          </label>
          <input
            type="text"
            inputMode="numeric"
            id="smm-quantity"
            name="quantity"
            value={form.quantity}
            onInput={(event) => model.edit({ quantity: event.currentTarget.value })}
            {...described('quantity')}
          />
          <FieldError id="smm-error-quantity" text={error('quantity')} />
        </div>
      )}
      {service.extras.length > 0 && (
        <fieldset class="smm-form__extras">
          <legend>Extras</legend>
          {service.extras.map((extra) => (
            <label key={extra.name} class="field--inline">
              <input
                type="checkbox"
                checked={form.extras.includes(extra.name)}
                onChange={(event) => model.toggleExtra(extra.name, event.currentTarget.checked)}
              />
              {extra.name} (+{formatUnitPrice(extra.price_per_unit_tl)} per unit)
            </label>
          ))}
          <FieldError id="smm-error-extras" text={error('extras')} />
        </fieldset>
      )}
      <p class="smm-form__total">
        Total:{' '}
        <strong data-testid="smm-total">
          {check?.totalTl === null || check?.totalTl === undefined
            ? '—'
            : formatMoney(check.totalTl)}
        </strong>
      </p>
      {error('balance') && (
        <p class="notice notice--error" data-testid="smm-error-balance">
          {error('balance')}
        </p>
      )}
      <ConfirmSpend
        label="Order"
        totalTl={check?.totalTl ?? 0}
        summary={`${check?.quantity ?? 0} × ${service.name}`}
        canSpend={check?.ok === true}
        isSending={model.isSending.value}
        onConfirm={() => void model.place()}
      />
      {check && !check.ok && <p class="list-note">Fill in the fields above to order.</p>}
      <Outcome model={model} />
    </form>
  );
}

function Outcome({ model }: { model: SmmOrderFormModel }) {
  const outcome = model.outcome.value;
  if (outcome.kind === 'none') return null;
  if (outcome.kind === 'placed') {
    return (
      <div class="notice smm-placed" role="status" data-testid="smm-placed">
        Order <strong data-testid="smm-placed-id">#{outcome.order.order_id}</strong> placed:{' '}
        <StatusBadge status={outcome.order.order_status} />,{' '}
        {formatMoney(outcome.order.total_price_tl)}. {outcome.message}
      </div>
    );
  }
  if (outcome.kind === 'unknown') {
    return (
      <p class="notice notice--warning" role="alert" data-testid="smm-unknown">
        {outcome.message}
      </p>
    );
  }
  return (
    <p class="notice notice--error" role="alert" data-testid="smm-failed">
      {outcome.error.message}
      {outcome.error.requiredAmount !== undefined &&
        ` (needed: ${formatMoney(outcome.error.requiredAmount)})`}
    </p>
  );
}
