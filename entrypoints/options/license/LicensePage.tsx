/** Software licenses: categories, products, purchase and the orders. */
export function LicensePage() {
  return <h2>Licenses</h2>;
}
