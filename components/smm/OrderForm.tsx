import type { SmmOrderFormModel } from '@/entrypoints/options/smm/order-form-model';
import { describeError } from '@/utils/error-text';
import { formatMoney } from '@/utils/format';
import { t } from '@/utils/i18n';
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
      aria-label={t('smmOrderForm')}
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
        <label for="smm-target">{isUsername ? t('smmUsername') : t('smmLink')}</label>
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
            <label for="smm-comments">{t('smmComments')}</label>
            <textarea
              id="smm-comments"
              name="comments"
              rows={5}
              value={form.comments}
              onInput={(event) => model.edit({ comments: event.currentTarget.value })}
              {...described('comments')}
              aria-describedby={
                error('comments') ? 'smm-error-comments smm-comment-count' : 'smm-comment-count'
              }
            />
            <FieldError id="smm-error-comments" text={error('comments')} />
          </div>
          <p class="smm-form__count" id="smm-comment-count" data-testid="smm-comment-count">
            {t(
              'smmCommentQuantity',
              check?.quantity ?? 0,
              service.min_quantity,
              service.max_quantity,
            )}
          </p>
        </>
      ) : (
        <div class="field">
          <label for="smm-quantity">
            {t('smmQuantityLabel', service.min_quantity, service.max_quantity)}
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
          <legend>{t('smmExtras')}</legend>
          {service.extras.map((extra) => (
            <label key={extra.name} class="field--inline">
              <input
                type="checkbox"
                checked={form.extras.includes(extra.name)}
                onChange={(event) => model.toggleExtra(extra.name, event.currentTarget.checked)}
              />
              {t('smmExtraOption', extra.name, formatUnitPrice(extra.price_per_unit_tl))}
            </label>
          ))}
          <FieldError id="smm-error-extras" text={error('extras')} />
        </fieldset>
      )}
      <p class="smm-form__total">
        {t('smmTotal')}{' '}
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
        label={t('smmOrderButton')}
        totalTl={check?.totalTl ?? 0}
        summary={`${check?.quantity ?? 0} × ${service.name}`}
        canSpend={check?.ok === true}
        isSending={model.isSending.value}
        onConfirm={() => void model.place()}
      />
      {check && !check.ok && <p class="list-note">{t('smmFillFields')}</p>}
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
        {t('smmPlaced')} <strong data-testid="smm-placed-id">#{outcome.order.order_id}</strong>,{' '}
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
      {describeError(outcome.error)}
      {outcome.error.requiredAmount !== undefined &&
        ` ${t('smmRequiredAmount', formatMoney(outcome.error.requiredAmount))}`}
    </p>
  );
}
