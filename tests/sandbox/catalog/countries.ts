/**
 * Countries the three number products sell. One id per country across products keeps the seed
 * easy to remember; the ids of KG, GB, DE, FR, NL and IT are the ones the docs show.
 */
export interface Country {
  id: number;
  /** ISO code, upper case; the rental section answers it lower case. */
  code: string;
  name: string;
  dialCode: string;
}

const COUNTRY_ROWS: ReadonlyArray<readonly [number, string, string, string]> = [
  [11, 'KG', 'Kırgızistan', '996'],
  [16, 'GB', 'Birleşik Krallık', '44'],
  [62, 'TR', 'Türkiye', '90'],
  [12, 'US', 'Amerika Birleşik Devletleri', '1'],
  [43, 'DE', 'Almanya', '49'],
  [6, 'ID', 'Endonezya', '62'],
  [78, 'FR', 'Fransa', '33'],
  [48, 'NL', 'Hollanda', '31'],
  [86, 'IT', 'İtalya', '39'],
  [82, 'BE', 'Belçika', '32'],
  [1, 'UA', 'Ukrayna', '380'],
  [2, 'KZ', 'Kazakistan', '7'],
  [15, 'PL', 'Polonya', '48'],
  [56, 'ES', 'İspanya', '34'],
  [117, 'PT', 'Portekiz', '351'],
  [73, 'BR', 'Brezilya', '55'],
  [22, 'IN', 'Hindistan', '91'],
  [4, 'PH', 'Filipinler', '63'],
  [10, 'VN', 'Vietnam', '84'],
  [52, 'TH', 'Tayland', '66'],
  [7, 'MY', 'Malezya', '60'],
  [21, 'EG', 'Mısır', '20'],
  [19, 'NG', 'Nijerya', '234'],
  [8, 'KE', 'Kenya', '254'],
  [31, 'ZA', 'Güney Afrika', '27'],
  [54, 'MX', 'Meksika', '52'],
  [33, 'CO', 'Kolombiya', '57'],
  [39, 'AR', 'Arjantin', '54'],
  [36, 'CA', 'Kanada', '1'],
  [46, 'SE', 'İsveç', '46'],
  [163, 'FI', 'Finlandiya', '358'],
  [32, 'RO', 'Romanya', '40'],
  [63, 'CZ', 'Çekya', '420'],
  [50, 'AT', 'Avusturya', '43'],
  [128, 'GE', 'Gürcistan', '995'],
  [35, 'AZ', 'Azerbaycan', '994'],
  [40, 'UZ', 'Özbekistan', '998'],
  [13, 'IL', 'İsrail', '972'],
  [129, 'GR', 'Yunanistan', '30'],
  [84, 'CH', 'İsviçre', '41'],
];

export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map(([id, code, name, dialCode]) => ({
  id,
  code,
  name,
  dialCode,
}));

/** "Birleşik Krallık (+44)": the display name the API answers. */
export function displayCountryName(country: Country): string {
  return `${country.name} (+${country.dialCode})`;
}

export function findCountry(code: string): Country {
  const country = COUNTRIES.find((candidate) => candidate.code === code);
  if (country === undefined) throw new Error(`Seed refers to unknown country ${code}`);
  return country;
}

/** Looks a country up by id or by code (either case), whichever the request gave. */
export function lookupCountry(
  id: number | undefined,
  code: string | undefined,
): Country | undefined {
  if (id !== undefined) return COUNTRIES.find((country) => country.id === id);
  if (code === undefined) return undefined;

  const upper = code.toUpperCase();
  return COUNTRIES.find((country) => country.code === upper);
}
