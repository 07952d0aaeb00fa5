/**
 * Schema pieces shared by every section. The service's examples are loose in places (numbers sent
 * as strings and back, timestamps with spaces after the colons, country codes in either case),
 * so each piece accepts the loose form and hands out one clean form.
 */
import * as v from 'valibot';

/** A number that may arrive as a JSON number or as a numeric string. */
export const num = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.trim(), v.regex(/^-?\d+(\.\d+)?$/))]),
  v.transform(Number),
  v.finite(),
);

/** A string that may arrive as a JSON number (phone numbers, codes). */
export const str = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform((value) => String(value)),
);

/** A boolean that may arrive as 0/1 or "0"/"1". */
export const bool = v.pipe(
  v.union([v.boolean(), v.picklist([0, 1, '0', '1'])]),
  v.transform((value) => value === true || value === 1 || value === '1'),
);

/** Country codes are uppercase ISO codes everywhere in the extension ("de" becomes "DE"). */
export const countryCode = v.pipe(v.string(), v.trim(), v.toUpperCase());

// The service keeps Turkey time (UTC+03:00, no daylight saving since 2016).
const SERVICE_OFFSET = '+03:00';
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[ T]\s*(\d{1,2}):\s*(\d{2}):\s*(\d{2})(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses "2026-05-19 12: 30: 00" (and the tidy forms) into ISO 8601 with its offset. */
export function parseTimestamp(raw: string): string | null {
  const match = TIMESTAMP.exec(raw.trim());
  if (!match) return null;

  const [, year, month, day, hour, minute, second, zone] = match;
  const offset = zone === undefined ? SERVICE_OFFSET : zone === 'Z' ? 'Z' : normalizeOffset(zone);
  const iso = `${year}-${month}-${day}T${hour?.padStart(2, '0')}:${minute}:${second}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

function normalizeOffset(zone: string): string {
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/** A timestamp of the service, given out as an ISO 8601 string with its offset. */
export const timestamp = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const iso = parseTimestamp(dataset.value);
    if (iso !== null) return iso;

    addIssue({ message: `not a timestamp: ${dataset.value}` });
    return NEVER;
  }),
);

/** `[]` when empty, an object otherwise: always an object once parsed. */
export const stringRecord = v.pipe(
  v.union([v.array(v.unknown()), v.record(v.string(), v.unknown())]),
  v.transform((value): Record<string, string> => {
    if (Array.isArray(value)) return {};

    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
  }),
);

export const success = v.literal('success');

/** The life of a number order, the same in the three number sections. */
export const activationStatus = v.picklist(['pending', 'received', 'canceled', 'expired']);
export type ActivationStatus = v.InferOutput<typeof activationStatus>;

/** A service of the virtual or physical-SIM catalog, with its lowest price. */
export const numberService = v.object({
  service_id: num,
  name: v.string(),
  image_url: v.optional(v.nullable(v.string()), null),
  min_price_tl: num,
});

/** A country where a service is sold, as both number catalogs list it. */
export const regionEntries = {
  country_code: countryCode,
  country_id: num,
  country_name: v.string(),
  min_price_tl: num,
  operator_count: num,
};

/** What a confirmed purchase says of a physical-SIM or rental number. */
export const rentPurchaseEntries = {
  status: success,
  activation_id: num,
  number: str,
  country_code: countryCode,
  operator: v.optional(v.string(), 'any'),
  duration_hours: num,
  duration_text: v.optional(v.string()),
  price_tl: num,
  expires_in: num,
};

/** A physical-SIM or rental activation in the history. */
export const rentActivationEntries = {
  activation_id: num,
  country_code: countryCode,
  number: str,
  price_tl: num,
  remaining_sec: v.optional(num),
  expires_at: v.optional(timestamp),
  created_at: timestamp,
};

export const balanceResponse = v.object({
  status: success,
  balance: num,
  currency: v.string(),
  isReseller: v.optional(bool, false),
});

/** Paging as the number sections send it with `hasMore`. */
export const morePaging = {
  page: num,
  limit: num,
  count: v.optional(num),
  total: v.optional(num),
  hasMore: bool,
};

/** Paging as the history actions send it with `total_pages`. */
export const pagedTotals = {
  page: num,
  limit: num,
  total: num,
  total_pages: num,
};

export const noNumbersResponse = v.object({
  status: v.literal('no_numbers'),
  message: v.string(),
});

export const cancelResponse = v.object({
  status: success,
  activation_id: num,
  refunded_tl: num,
  message: v.optional(v.string()),
});

export const smsMessage = v.object({
  date: timestamp,
  from: v.optional(v.nullable(str), null),
  text: str,
});

export const smsListResponse = v.object({
  status: success,
  activation_id: num,
  number: str,
  order_status: activationStatus,
  remaining_sec: num,
  sms_count: num,
  messages: v.array(smsMessage),
});

export type Balance = v.InferOutput<typeof balanceResponse>;
export type NoNumbers = v.InferOutput<typeof noNumbersResponse>;
export type CancelResult = v.InferOutput<typeof cancelResponse>;
export type SmsMessage = v.InferOutput<typeof smsMessage>;
export type SmsList = v.InferOutput<typeof smsListResponse>;
