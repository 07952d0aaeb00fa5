/** Social-media services: categories, services, the order form and the orders. */
export function SmmPage() {
  return <h2>Social media services</h2>;
}
