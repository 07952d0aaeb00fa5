/** The five API sections by their URL path. */
import type { ActionTable } from './action';
import { licenseActions } from './license';
import { physicalActions } from './physical';
import { rentalActions } from './rental';
import { smmActions } from './smm';
import { virtualActions } from './virtual';

export const SECTIONS: Readonly<Record<string, ActionTable>> = {
  'sanal-smsonay': virtualActions,
  'fiziksel-smsonay': physicalActions,
  'numara-kiralama': rentalActions,
  smm: smmActions,
  'lisans-bayi': licenseActions,
};
