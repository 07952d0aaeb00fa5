/**
 * What stands right next to a number: a currency sign, a card mask, a unit, a word that says the
 * number counts or labels something else. Works on the case-folded text.
 */

// prettier-ignore
const CURRENCY_CODES = [
  'try', 'usd', 'eur', 'gbp', 'rub', 'uah', 'cny', 'rmb', 'jpy', 'krw', 'vnd', 'idr', 'brl',
  'inr', 'sar', 'aed', 'irr', 'ils', 'kzt', 'azn',
];

// prettier-ignore
const STEMS_AFTER = [
  // Cards and numbered things ("1234 ile biten kartınız", "48213 numaralı siparişiniz").
  'ile biten', 'ile biter', 'ile sonlanan', 'numaral', 'nolu', "no'lu", 'sayılı', 'sayili',
  'numarasın', 'numaraya', 'gönder', 'gonder', 'arayın', 'arayin', 'takip',
  // Durations, years and counts.
  'dakika', 'saniye', 'saat', 'gün', 'hafta', 'yıl', 'puan', 'kişi', 'adet', 'taksit', 'minute',
  'second', 'hour', 'year', 'point', 'mile', 'секунд', 'минут', 'час', 'дн', 'год', 'хвилин',
  'годин', 'minuto', 'segundo', 'hora', 'heure', 'stunde', 'sekunde', 'tage', 'minuti',
  'secondi', 'giorn', 'menit', 'detik', 'tahun', 'phút', 'giây', 'giờ', 'ngày', 'năm', 'دقيقة',
  'دقائق', 'ثانية', 'ساعة', 'سنة', 'دقیقه', 'ثانیه', 'ساعت', 'سال', 'דקות', 'דקה', 'שעות',
  'שניות',
  // Currencies written as words.
  'руб', 'грн', 'lira', 'dollar', 'euro', 'rupiah', 'reais', 'yuan', 'ريال', 'ریال', 'تومان',
  'درهم', 'جنيه', 'دينار', 'шекел', 'ש"ח', 'ש״ח',
];

// prettier-ignore
const WORDS_AFTER = [
  ...CURRENCY_CODES, 'tl', 'dk', 'sn', 'min', 'mins', 'sec', 'secs', 'hr', 'hrs', 'h', 's', 'gb',
  'mb', 'kb', 'tb', 'kg', 'km', 'cm', 'mm', 'ml', 'mg', 'm', 'р', 'đ', 'zł', 'pts', 'yen', 'won',
  'bin', 'milyon', 'тыс', 'млн', 'k', 'x',
];

// "Try" is also an English verb, and stands before numbers in sentences.
const CODES_BEFORE = CURRENCY_CODES.filter((code) => code !== 'try');

const SIGNS_AFTER = '[₺$€£¥₽₴₩₫₪₹%‰°元円원块年月日号時时分秒월일년시분초개名人件点個]';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]): string => words.map(escape).join('|');

// An apostrophe suffix may come between ("3434'e gönderin"), and so may "SMS (ile)".
const NOISE_AFTER = new RegExp(
  String.raw`^[\s"»)\]]*(?:['’]\p{L}{1,4})?\s*(?:sms\s+(?:ile\s+)?)?` +
    `(?:(?:${alternatives(STEMS_AFTER)})|(?:${alternatives(WORDS_AFTER)})(?![\\p{L}\\p{N}])` +
    `|${SIGNS_AFTER})`,
  'u',
);

const SIGN_BEFORE = new RegExp(
  String.raw`(?:[*•·№$€£¥₺₽₴₩₪₹%+]|(?<![\p{L}])(?:rp|r\$|us\$|${alternatives(CODES_BEFORE)}))` +
    String.raw`\s?$`,
  'u',
);

/** A currency sign, percent, card mask or phone plus stands right before the number. */
export function hasSignBefore(lower: string, start: number): boolean {
  return SIGN_BEFORE.test(lower.slice(Math.max(0, start - 6), start));
}

/** A unit, currency, or word that makes the number a count or a label follows it. */
export function hasNoiseAfter(lower: string, end: number): boolean {
  return NOISE_AFTER.test(lower.slice(end, end + 30));
}
