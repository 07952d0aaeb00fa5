/**
 * The one balance every page shows. Whatever asks the service for the balance stores the
 * answer; purchases and refunds ask again afterwards, so the popup and the options page agree.
 */
import type { Balance } from '@/utils/api';
import { createLogger } from '@/utils/logger';
import { balanceItem } from '@/utils/storage';

import { getApi } from './api';

const log = createLogger('balance');

export async function fetchBalance(): Promise<Balance> {
  const balance = await (await getApi()).virtual.getBalance();
  await balanceItem.setValue({ balance, savedAt: Date.now() });
  return balance;
}

/** After money moved: the stored balance is brought up to date, and a failure only logged. */
export function refreshBalanceLater(): void {
  fetchBalance().catch((error: unknown) => log.warn('balance refresh failed', error));
}
