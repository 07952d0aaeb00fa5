/**
 * The order statuses the API documents, as plain lists: pages show them in filters without
 * loading the answer schemas built on them.
 */
export const SMM_ORDER_STATUSES = [
  'pending',
  'processing',
  'partial',
  'completed',
  'canceled',
  'refunded',
  'error',
] as const;

export const LICENSE_ORDER_STATUSES = ['pending', 'success', 'failed'] as const;
