// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PHYSICAL_SEED } from './catalog/physical';
import { RENTAL_SEED } from './catalog/rental';
import { VIRTUAL_SEED } from './catalog/virtual';
import { numberField, useSandbox, type Section } from './harness';

const harness = useSandbox();

const products: ReadonlyArray<{
  name: string;
  section: Section;
  params: Record<string, number | string>;
  price: number;
  windowMinutes: number;
  refundMessage: string;
}> = [
  {
    name: 'virtual',
    section: 'sanal-smsonay',
    params: { operator_id: VIRTUAL_SEED.buyableOperatorId },
    price: 4.46,
    windowMinutes: 15,
    refundMessage: 'Sipariş iptal edildi ve bakiye iade edildi.',
  },
  {
    name: 'physical',
    section: 'fiziksel-smsonay',
    params: { service_id: 9, country_id: PHYSICAL_SEED.kyrgyzstanCountryId, duration_hours: 2 },
    price: 12.82,
    windowMinutes: 20,
    refundMessage: 'Sipariş iptal edildi ve bakiye iade edildi.',
  },
  {
    name: 'rental',
    section: 'numara-kiralama',
    params: { country_id: RENTAL_SEED.franceCountryId, duration_hours: 4 },
    price: 120,
    windowMinutes: 20,
    refundMessage: 'Kiralama iptal edildi ve bakiye iade edildi.',
  },
];

describe.each(products)('cancelNumber of $name numbers', (product) => {
  const buy = async (): Promise<number> => {
    const answer = await harness.api(product.section, 'buyNumber', product.params);
    return numberField(answer.body, 'activation_id');
  };
  const cancel = (id: number) => harness.api(product.section, 'cancelNumber', { id });

  it('refuses in the first two minutes and says how many seconds remain', async () => {
    const id = await buy();
    await harness.advanceClock(33);

    const answer = await cancel(id);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'error',
      message: expect.stringMatching(
        /^İptal için en az 2 dakika beklemelisiniz \(kalan: 8[67]s\)\.$/,
      ),
    });
  });

  it('refunds the price when cancelled after two minutes', async () => {
    const id = await buy();
    await harness.advanceClock(121);

    const answer = await cancel(id);

    expect(answer.body).toEqual({
      status: 'success',
      activation_id: id,
      refunded_tl: product.price,
      message: product.refundMessage,
    });
    expect(await harness.balance()).toBe(1000);
  });

  it('refuses once the refund window has passed', async () => {
    const { windowMinutes } = product;
    const id = await buy();
    await harness.advanceClock(windowMinutes * 60 + 1);

    const answer = await cancel(id);

    expect(answer.body).toEqual({
      status: 'error',
      message: `Satın alımdan sonra ${windowMinutes} dakika geçti — iade artık mümkün değil.`,
    });
    expect(await harness.balance()).toBe(1000 - product.price);
  });

  it('refuses once an SMS has arrived and quotes it', async () => {
    const id = await buy();
    await harness.control('sms', { activation_id: id, text: 'Your code 482917' });
    await harness.advanceClock(180);

    const answer = await cancel(id);

    expect(answer.body).toEqual({
      status: 'error',
      message:
        'Sistemde numaraya SMS ulaşmış görünüyor, iade yapılamaz. Gelen mesaj: Your code 482917',
    });
  });

  it('refuses to cancel twice and refunds only once', async () => {
    const id = await buy();
    await harness.advanceClock(150);
    await cancel(id);

    const again = await cancel(id);

    expect(again.body).toMatchObject({ status: 'error' });
    expect(await harness.balance()).toBe(1000);
  });
});

describe('cancel windows compared', () => {
  it('still cancels a physical number at minute 16, when a virtual one cannot', async () => {
    const virtual = await harness.api('sanal-smsonay', 'buyNumber', { operator_id: 64500 });
    const physical = await harness.api('fiziksel-smsonay', 'buyNumber', {
      service_id: 9,
      country_id: 11,
    });
    await harness.advanceClock(16 * 60);

    const virtualCancel = await harness.api('sanal-smsonay', 'cancelNumber', {
      id: numberField(virtual.body, 'activation_id'),
    });
    const physicalCancel = await harness.api('fiziksel-smsonay', 'cancelNumber', {
      id: numberField(physical.body, 'activation_id'),
    });

    expect(virtualCancel.body.status).toBe('error');
    expect(physicalCancel.body).toMatchObject({ status: 'success', refunded_tl: 6.69 });
  });

  it('reports a cancelled activation as canceled', async () => {
    const bought = await harness.api('sanal-smsonay', 'buyNumber', { operator_id: 64500 });
    const id = numberField(bought.body, 'activation_id');
    await harness.advanceClock(130);

    await harness.api('sanal-smsonay', 'cancelNumber', { id });

    expect((await harness.api('sanal-smsonay', 'getOtp', { id })).body.order_status).toBe(
      'canceled',
    );
  });
});
