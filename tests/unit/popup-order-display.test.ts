import { describe, expect, it } from 'vitest';

import {
  activeOrders,
  cancelButton,
  expiryCountdown,
  formatCountdown,
  recentOrders,
  shownStatus,
} from '@/entrypoints/popup/order-display';
import { T0, makeOrder } from '../helpers/order-fixture';

const MINUTE = 60_000;

describe('countdowns', () => {
  it('read minutes and seconds for an activation', () => {
    expect(formatCountdown(19 * MINUTE + 58_000, false)).toBe('19:58');
  });

  it('read hours for a rental', () => {
    expect(formatCountdown(2 * 60 * MINUTE - 1000, true)).toBe('1:59:59');
  });

  it('round a started second up and never go below zero', () => {
    expect(formatCountdown(59_001, false)).toBe('01:00');
    expect(formatCountdown(-5000, false)).toBe('00:00');
  });

  it('count hours for rentals and physical-SIM rents, minutes for activations', () => {
    const now = T0 + MINUTE;

    expect(expiryCountdown(makeOrder(), now)).toBe('19:00');
    expect(
      expiryCountdown(
        makeOrder({ product: 'physical', durationHours: 2, expiresAt: T0 + 2 * 60 * MINUTE }),
        now,
      ),
    ).toBe('1:59:00');
    expect(
      expiryCountdown(
        makeOrder({ product: 'rental', durationHours: 4, expiresAt: T0 + 4 * 60 * MINUTE }),
        now,
      ),
    ).toBe('3:59:00');
  });
});

describe('the cancel button', () => {
  it('waits out the first two minutes with a countdown, disabled', () => {
    const button = cancelButton(makeOrder(), T0 + 33_000);

    expect(button).toEqual({ label: 'Cancel in 1:27', disabled: true });
  });

  it('offers the refund between the second and the fifteenth minute of a virtual number', () => {
    expect(cancelButton(makeOrder(), T0 + 2 * MINUTE)).toEqual({
      label: 'Cancel & refund',
      disabled: false,
    });
    expect(cancelButton(makeOrder(), T0 + 15 * MINUTE)).toBeNull();
  });

  it('keeps the refund open until the twentieth minute of a physical SIM', () => {
    const order = makeOrder({ product: 'physical', key: 'physical:1' });

    expect(cancelButton(order, T0 + 19 * MINUTE)?.disabled).toBe(false);
  });

  it('is gone once an SMS came', () => {
    const message = {
      date: '2026-05-19T12:33:00+03:00',
      from: null,
      text: '482917',
      code: '482917',
    };

    expect(cancelButton(makeOrder({ messages: [message] }), T0 + 3 * MINUTE)).toBeNull();
  });
});

describe('active orders and the history', () => {
  const pendingOld = makeOrder({ key: 'virtual:1', activationId: 1, createdAt: T0 });
  const pendingNew = makeOrder({ key: 'virtual:2', activationId: 2, createdAt: T0 + MINUTE });
  const received = makeOrder({ key: 'virtual:3', activationId: 3, status: 'received' });
  const canceled = makeOrder({
    key: 'virtual:4',
    activationId: 4,
    status: 'canceled',
    refundedTl: 4.46,
  });

  it('list pending orders and codes still in their time, newest first', () => {
    const active = activeOrders([pendingOld, canceled, received, pendingNew], T0 + 2 * MINUTE);

    expect(active.map((order) => order.key)).toEqual(['virtual:2', 'virtual:3', 'virtual:1']);
  });

  it('move a code to the history once its time is up', () => {
    const now = T0 + 21 * MINUTE;

    expect(activeOrders([received], now)).toEqual([]);
    expect(recentOrders([received, canceled], now).map((order) => order.key)).toEqual([
      'virtual:4',
      'virtual:3',
    ]);
  });

  it('keep cancelled orders in the history, at most five', () => {
    const over = Array.from({ length: 7 }, (_, index) =>
      makeOrder({ key: `virtual:${10 + index}`, activationId: 10 + index, status: 'canceled' }),
    );

    const recent = recentOrders([...over, pendingOld], T0);

    expect(recent).toHaveLength(5);
    expect(recent[0]?.key).toBe('virtual:16');
  });

  it('show a pending order past its time as what it is about to become', () => {
    expect(shownStatus(pendingOld, T0 + 21 * MINUTE)).toBe('expired');
    expect(shownStatus(pendingOld, T0 + MINUTE)).toBe('pending');
  });
});
