// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VIRTUAL_SEED } from './catalog/virtual';
import { arrayField, numberField, useSandbox } from './harness';

const harness = useSandbox();

describe('virtual getOtp and history', () => {
  const buy = async () =>
    numberField(
      (
        await harness.api('sanal-smsonay', 'buyNumber', {
          operator_id: VIRTUAL_SEED.buyableOperatorId,
        })
      ).body,
      'activation_id',
    );

  it('answers pending without a code, then received with the code from the SMS', async () => {
    const id = await buy();
    const before = await harness.api('sanal-smsonay', 'getOtp', { id });

    await harness.control('sms', { activation_id: id, text: 'WhatsApp kodunuz: 482917' });

    const after = await harness.api('sanal-smsonay', 'getOtp', { id });
    expect(before.body).toMatchObject({ activation_id: id, order_status: 'pending', otp: null });
    expect(after.body).toEqual({
      status: 'success',
      activation_id: id,
      number: before.body.number,
      order_status: 'received',
      otp: '482917',
    });
  });

  it('reports the explicit code given with the SMS', async () => {
    const id = await buy();

    await harness.control('sms', { activation_id: id, text: 'Kod: 12-34-56', code: '123456' });

    expect((await harness.api('sanal-smsonay', 'getOtp', { id })).body.otp).toBe('123456');
  });

  it('expires after 1200 seconds of sandbox time without a code', async () => {
    const id = await buy();

    await harness.advanceClock(1199);
    const pending = await harness.api('sanal-smsonay', 'getOtp', { id });
    await harness.advanceClock(1);
    const expired = await harness.api('sanal-smsonay', 'getOtp', { id });

    expect(pending.body.order_status).toBe('pending');
    expect(expired.body).toMatchObject({ order_status: 'expired', otp: null });
  });

  it('answers an error for an activation it does not know', async () => {
    const answer = await harness.api('sanal-smsonay', 'getOtp', { id: 1 });

    expect(answer.body).toEqual({ status: 'error', message: 'Aktivasyon bulunamadı.' });
  });

  it('lists activations newest first with paging, a capped limit and a status filter', async () => {
    for (let index = 0; index < 3; index += 1) await buy();
    await harness.control('sms', { activation_id: 54201, text: 'code 4321' });

    const page = await harness.api('sanal-smsonay', 'getActivations', { page: 2, limit: 2 });
    const capped = await harness.api('sanal-smsonay', 'getActivations', { limit: 500 });
    const received = await harness.api('sanal-smsonay', 'getActivations', {
      order_status: 'received',
    });

    expect(page.body).toMatchObject({ page: 2, limit: 2, total: 3, total_pages: 2 });
    expect(arrayField(page.body, 'items').map((item) => item.activation_id)).toEqual([54200]);
    expect(capped.body.limit).toBe(50);
    expect(arrayField(capped.body, 'items').map((item) => item.activation_id)).toEqual([
      54202, 54201, 54200,
    ]);
    expect(arrayField(received.body, 'items')).toEqual([
      {
        activation_id: 54201,
        service_name: 'WhatsApp',
        country_code: 'GB',
        number: expect.stringMatching(/^44/),
        price_tl: 4.46,
        order_status: 'received',
        otp: '4321',
        created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}: \d{2}: \d{2}$/),
      },
    ]);
  });
});
