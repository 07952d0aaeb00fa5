/**
 * Seed catalog of the rental section (numara-kiralama). A rented number serves every platform,
 * so stock belongs to the operator and each of its durations draws on the same pool.
 */
import { roundMoney } from '../format';
import { seededInt } from '../seeded';
import { COUNTRIES, findCountry, type Country } from './countries';

export interface RentalDeal {
  durationHours: number;
  priceTl: number;
}

export interface RentalOperator {
  operator: string;
  stock: number;
  deals: RentalDeal[];
}

export interface RentalCountry {
  country: Country;
  operators: RentalOperator[];
}

export const RENTAL_SEED = {
  /** Almanya: one number, 2/4/24 hours at 1924.49 / 2007 / 2890 TL (above the seed balance). */
  germanyCountryId: 43,
  /** Fransa: 11 numbers, affordable: 2, 4, 12, 24, 72 hours from 85.5 TL. */
  franceCountryId: 78,
  /** Belçika: listed with stock 0. */
  soldOutCountryId: 82,
} as const;

const RENT_HOURS = [2, 4, 12, 24, 72];
const RENTAL_CODES = COUNTRIES.slice(0, 34).map((country) => country.code);

const HAND_WRITTEN: Record<string, RentalOperator[]> = {
  DE: [
    {
      operator: 'any',
      stock: 1,
      deals: [
        { durationHours: 2, priceTl: 1924.49 },
        { durationHours: 4, priceTl: 2007 },
        { durationHours: 24, priceTl: 2890 },
      ],
    },
  ],
  FR: [
    {
      operator: 'any',
      stock: 11,
      deals: [
        { durationHours: 2, priceTl: 85.5 },
        { durationHours: 4, priceTl: 120 },
        { durationHours: 12, priceTl: 210 },
        { durationHours: 24, priceTl: 340.75 },
        { durationHours: 72, priceTl: 790 },
      ],
    },
  ],
  NL: [{ operator: 'any', stock: 6, deals: priced(96, 6) }],
  IT: [{ operator: 'any', stock: 1, deals: priced(110, 86) }],
  BE: [{ operator: 'any', stock: 0, deals: priced(99, 82) }],
};

function priced(twoHourPrice: number, seed: number): RentalDeal[] {
  return RENT_HOURS.map((hours) => ({
    durationHours: hours,
    priceTl: roundMoney(twoHourPrice * (0.7 + hours / 6.5) + seededInt(90, seed, hours) / 10),
  }));
}

function generateOperators(country: Country): RentalOperator[] {
  const twoHourPrice = 60 + seededInt(240, country.id);
  const operators = [
    {
      operator: 'any',
      stock: 1 + seededInt(25, country.id),
      deals: priced(twoHourPrice, country.id),
    },
  ];
  if (seededInt(3, country.id, 5) === 0) {
    const stock = 1 + seededInt(8, country.id, 6);
    operators.push({ operator: 'vodafone', stock, deals: priced(twoHourPrice * 1.2, country.id) });
  }

  return operators;
}

/** Builds a fresh, mutable copy of the seed. */
export function createRentalCatalog(): RentalCountry[] {
  return RENTAL_CODES.map((code) => {
    const written = HAND_WRITTEN[code];
    const operators = written
      ? written.map((entry) => ({ ...entry, deals: entry.deals.map((deal) => ({ ...deal })) }))
      : generateOperators(findCountry(code));
    return { country: findCountry(code), operators };
  });
}
