/**
 * A typed client for pale100 API v2. Each section's actions keep their documented names and
 * parameters; every answer is checked and comes back as a typed value, a typed special outcome
 * (`no_numbers`, `wrong_price`) or one of the errors in `utils/errors`.
 */
import { createLicenseApi } from './license';
import { createPhysicalApi } from './physical';
import { createRentalApi } from './rental';
import { createSmmApi } from './smm';
import { createTransport, type ApiConfig } from './transport';
import { createVirtualApi } from './virtual';

export { DEFAULT_BASE_URL, type ApiConfig, type Section } from './transport';
export type * from './fields';
export type * from './virtual';
export type * from './physical';
export type * from './rental';
export type * from './smm';
export type * from './license';

/** Creates the client for one account: `{ virtual, physical, rental, smm, license }`. */
export function createApi(config: ApiConfig) {
  const call = createTransport(config);
  return {
    virtual: createVirtualApi(call),
    physical: createPhysicalApi(call),
    rental: createRentalApi(call),
    smm: createSmmApi(call),
    license: createLicenseApi(call),
  };
}

export type Pale100Api = ReturnType<typeof createApi>;
