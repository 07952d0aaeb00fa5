/** Formats an amount of the account's currency the way Turkish shops write it: ₺1.287,50. */
export function formatMoney(amount: number, currency = 'TRY', locale = 'tr-TR'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    // An unknown currency code must not hide the amount.
    return `${amount.toFixed(2)} ${currency}`;
  }
}
