/**
 * Seed catalog of the physical SIM section (fiziksel-smsonay): services, the countries each is
 * sold in, and per operator the activation (20 minutes) and rent deals.
 */
import { formatDuration, roundMoney } from '../format';
import { seededInt } from '../seeded';
import { findCountry, type Country } from './countries';

export const ACTIVATION_MINUTES = 20;
/** The catch-all service: its numbers take SMS from any platform. */
export const OTHER_PLATFORMS_NAME = 'Diğer Platformlar';

export interface PhysicalDeal {
  /** 0 for the 20-minute activation, otherwise the rent length. */
  durationHours: number;
  priceTl: number;
  stock: number;
}

export interface PhysicalOperator {
  operator: string;
  deals: PhysicalDeal[];
}

export interface PhysicalRegion {
  country: Country;
  operators: PhysicalOperator[];
}

export interface PhysicalService {
  serviceId: number;
  name: string;
  imageUrl: string;
  regions: PhysicalRegion[];
}

export const PHYSICAL_SEED = {
  otherPlatformsServiceId: 9,
  telegramServiceId: 7,
  /** Kırgızistan: "any" has an activation (6.69) and rents of 1, 2, 12, 24 and 48 hours. */
  kyrgyzstanCountryId: 11,
  /** The 48-hour rent of service 9 / KG / any has stock 0. */
  soldOutRentHours: 48,
} as const;

const RENT_HOURS = [1, 2, 12, 24, 48];

const SERVICE_ROWS: ReadonlyArray<readonly [number, string, string, number, string[]]> = [
  [9, OTHER_PLATFORMS_NAME, 'other', 6.69, ['KG', 'GB', 'TR', 'DE', 'US', 'ID']],
  [7, 'Telegram', 'tg', 33.45, ['GB', 'KG', 'TR', 'NL']],
  [3, 'WhatsApp', 'wa', 14.2, ['GB', 'TR', 'DE', 'FR']],
  [4, 'Instagram', 'ig', 11.6, ['TR', 'US', 'GB']],
  [5, 'Google', 'go', 16.9, ['US', 'GB', 'DE']],
  [6, 'Facebook', 'fb', 12.3, ['TR', 'ID']],
  [8, 'TikTok', 'tt', 10.75, ['TR', 'GB', 'KZ']],
];

const KYRGYZ_OTHER_PLATFORMS: PhysicalOperator[] = [
  {
    operator: 'any',
    deals: [
      { durationHours: 0, priceTl: 6.69, stock: 238 },
      { durationHours: 1, priceTl: 9.5, stock: 20 },
      { durationHours: 2, priceTl: 12.82, stock: 15 },
      { durationHours: 12, priceTl: 17.3, stock: 11 },
      { durationHours: 24, priceTl: 21.19, stock: 9 },
      { durationHours: 48, priceTl: 35.4, stock: 0 },
    ],
  },
  { operator: 'beeline', deals: [{ durationHours: 0, priceTl: 7.5, stock: 40 }] },
  { operator: 'megacom', deals: [{ durationHours: 24, priceTl: 24, stock: 3 }] },
  { operator: 'o!', deals: [{ durationHours: 0, priceTl: 8.1, stock: 12 }] },
];

function generateOperators(serviceId: number, country: Country, base: number): PhysicalOperator[] {
  const names = seededInt(2, serviceId, country.id) === 0 ? ['any'] : ['any', 'vodafone'];
  return names.map((name, index) => {
    const markup = 1 + seededInt(120, serviceId, country.id, index) / 100;
    const activation = roundMoney(base * markup);
    const rents = RENT_HOURS.map((hours) => ({
      durationHours: hours,
      priceTl: roundMoney(activation * (1.4 + hours / 12)),
      stock: 1 + seededInt(30, serviceId, country.id, index, hours),
    }));
    const stock = 10 + seededInt(200, serviceId, country.id, index);
    return { operator: name, deals: [{ durationHours: 0, priceTl: activation, stock }, ...rents] };
  });
}

/** Builds a fresh, mutable copy of the seed. */
export function createPhysicalCatalog(): PhysicalService[] {
  return SERVICE_ROWS.map(([serviceId, name, slug, base, codes]) => ({
    serviceId,
    name,
    imageUrl: `/uploads/service_${slug}.webp`,
    regions: codes.map((code) => {
      const country = findCountry(code);
      const isHandWritten = serviceId === 9 && code === 'KG';
      const operators = isHandWritten
        ? KYRGYZ_OTHER_PLATFORMS.map((entry) => ({
            operator: entry.operator,
            deals: entry.deals.map((deal) => ({ ...deal })),
          }))
        : generateOperators(serviceId, country, base);
      return { country, operators };
    }),
  }));
}

/** "20 Dakika" for the activation deal, "2 Saat" / "1 Gün" for rents. */
export function physicalDurationText(durationHours: number): string {
  return durationHours === 0 ? `${ACTIVATION_MINUTES} Dakika` : formatDuration(durationHours);
}
