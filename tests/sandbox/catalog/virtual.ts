/**
 * Seed catalog of the virtual section (sanal-smsonay). A handful of regions are written out by
 * hand because tests depend on them; the rest is generated from stable hashes.
 */
import { roundMoney } from '../format';
import { seededInt } from '../seeded';
import { COUNTRIES, findCountry, type Country } from './countries';

/** The upstream quotes in USD; this is the rate (margin included) behind the docs' example. */
export const TL_PER_USD = 167.1;

/** An upstream price change: the listed price no longer buys, this one does. */
export interface PriceDrift {
  priceUsd: number;
  priceTl: number;
}

export interface VirtualOperator {
  operatorId: number;
  operator: string;
  priceTl: number;
  stock: number;
  drift: PriceDrift | null;
}

export interface VirtualRegion {
  country: Country;
  operators: VirtualOperator[];
}

export interface VirtualService {
  serviceId: number;
  name: string;
  imageUrl: string;
  regions: VirtualRegion[];
}

/** Ids that tests (here and elsewhere) rely on. */
export const VIRTUAL_SEED = {
  whatsappServiceId: 1,
  telegramServiceId: 2,
  /** WhatsApp / GB, "any", 4.46 TL, plenty of stock. */
  buyableOperatorId: 64500,
  /** WhatsApp / TR, stock 0: buying it answers no_numbers. */
  zeroStockOperatorId: 64520,
  /** WhatsApp / KG "beeline", stock 1: the second purchase finds it sold out. */
  lastNumberOperatorId: 64540,
  /** Telegram / GB: listed at 33.45 TL, upstream now wants 0.215 USD = 35.93 TL. */
  priceDriftOperatorId: 64610,
} as const;

const SERVICE_ROWS: ReadonlyArray<readonly [string, string, number]> = [
  ['WhatsApp', 'wa', 5],
  ['Telegram', 'tg', 34],
  ['Google', 'go', 8.5],
  ['Instagram', 'ig', 6.2],
  ['Facebook', 'fb', 5.8],
  ['TikTok', 'tt', 4.9],
  ['Twitter / X', 'tw', 7.3],
  ['Discord', 'ds', 6.7],
  ['Amazon', 'am', 9.4],
  ['Microsoft', 'mm', 8.1],
  ['Apple', 'ap', 12.6],
  ['Uber', 'ub', 5.5],
  ['Netflix', 'nf', 7.9],
  ['Spotify', 'sp', 4.4],
  ['Snapchat', 'sc', 5.1],
  ['LinkedIn', 'li', 9.9],
  ['Yemeksepeti', 'ys', 11.2],
  ['Trendyol', 'ty', 10.4],
  ['Getir', 'gt', 9.6],
  ['Hepsiburada', 'hb', 10.8],
  ['Steam', 'st', 6.3],
  ['PayPal', 'pp', 14.7],
  ['Binance', 'bn', 15.9],
  ['Airbnb', 'ab', 8.8],
  ['Tinder', 'tn', 7.7],
  ['Bumble', 'bm', 6.9],
  ['Viber', 'vi', 4.2],
  ['WeChat', 'wc', 18.5],
  ['Line', 'ln', 5.3],
  ['Signal', 'sg', 4.8],
  ['Yandex', 'ya', 3.9],
  ['OpenAI / ChatGPT', 'oa', 13.4],
];

const OPERATOR_NAMES = ['any', 'vodafone', 'orange', 'tmobile', 'megafon'];
const HAND_WRITTEN: Record<string, VirtualOperator[]> = {
  '1:GB': [operator(64500, 'any', 4.46, 50), operator(64501, 'vodafone', 5.35, 20)],
  '1:TR': [operator(64520, 'any', 12.5, 0), operator(64521, 'turkcell', 14.9, 8)],
  '1:KG': [
    operator(64538, 'any', 6.69, 10),
    operator(64539, 'any', 9.19, 60),
    operator(64540, 'beeline', 11.2, 1),
    operator(64541, 'megacom', 12.05, 4),
  ],
  '2:GB': [
    { ...operator(64610, 'any', 33.45, 25), drift: { priceUsd: 0.215, priceTl: 35.93 } },
    operator(64611, 'ee', 38.1, 7),
  ],
};

function operator(id: number, name: string, priceTl: number, stock: number): VirtualOperator {
  return { operatorId: id, operator: name, priceTl, stock, drift: null };
}

/** WhatsApp sells everywhere (so its regions need paging); others in 6-12 countries. */
function countriesFor(serviceId: number): Country[] {
  if (serviceId === 1) return [...COUNTRIES];

  const fixed = ['GB', 'TR', 'US', 'DE'].map(findCountry);
  const extra = COUNTRIES.filter(
    (country) => !fixed.includes(country) && seededInt(5, serviceId, country.id) === 0,
  );
  return [...fixed, ...extra.slice(0, 2 + seededInt(7, serviceId))];
}

function generateOperators(
  service: number,
  country: Country,
  basePrice: number,
  nextId: () => number,
) {
  const count = 1 + seededInt(3, service, country.id, 7);
  return Array.from({ length: count }, (_, index) => {
    const markup = 1 + seededInt(250, service, country.id, index) / 100;
    const stock = 5 + seededInt(400, service, country.id, index, 3);
    return operator(
      nextId(),
      OPERATOR_NAMES[index] ?? 'any',
      roundMoney(basePrice * markup),
      stock,
    );
  });
}

/** Builds a fresh, mutable copy of the seed (stock changes as numbers are sold). */
export function createVirtualCatalog(): VirtualService[] {
  let generatedId = 70000;
  const nextId = (): number => generatedId++;

  return SERVICE_ROWS.map(([name, slug, basePrice], index) => {
    const serviceId = index + 1;
    const regions = countriesFor(serviceId).map((country) => {
      const written = HAND_WRITTEN[`${serviceId}:${country.code}`];
      const operators = written
        ? written.map((entry) => ({ ...entry }))
        : generateOperators(serviceId, country, basePrice, nextId);
      return { country, operators };
    });
    return { serviceId, name, imageUrl: `/uploads/service_${slug}.webp`, regions };
  });
}
