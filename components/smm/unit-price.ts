/** A unit price in full: SMM units cost fractions of a kuruş (₺0,0015). */
export function formatUnitPrice(amount: number): string {
  return new Intl.NumberFormat('tr-TR', {
    style: 'currency',
    currency: 'TRY',
    minimumFractionDigits: 2,
    maximumFractionDigits: 5,
  }).format(amount);
}
