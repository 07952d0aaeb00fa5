/** The keyboard shortcut: the newest arrived code, into the active tab. */
import { browser } from 'wxt/browser';

import { isFillable, latestCode, sortNewestFirst } from '@/utils/orders';

import { fillActiveTab } from './fill';
import { readOrders } from './order-store';
import { now } from './server-time';

export const FILL_CODE_COMMAND = 'fill-code';

export async function onCommand(command: string): Promise<void> {
  if (command !== FILL_CODE_COMMAND) return;

  const orders = sortNewestFirst(Object.values(await readOrders()));
  const withCode = orders.find((order) => isFillable(order, now()) && latestCode(order));
  if (withCode) await fillActiveTab(withCode.key, 'code');
}

export function listenForShortcut(): void {
  browser.commands.onCommand.addListener((command) => void onCommand(command));
}
