/**
 * The words that name fields, a few per language in one expression each. They are matched
 * against text that `spaceWords` has split at camelCase and separators, so that `\b` finds
 * "tel" in "user_tel" and "telNo". Latin words carry `\b` where they would otherwise hide in
 * longer words; other scripts have no `\b` and match as they are.
 */

/** A phone number: phone, mobile, cell, msisdn, cep, numara, номер, 手机, 電話, 휴대폰 ... */
export const PHONE_WORDS =
  /phone|t[eé]l[eé]f|\btel\b|mobil|m[oó]vil|\bcel|msisdn|gsm|\bcep\b|numara|handy|portable|\bnomor|\bhp\b|thoại|телеф|номер|手[机機]|电话|電話|携帯|휴대|전화|هاتف|جوال|تلفن|موبایل|טלפון/i;

/** A code in so many words: code, OTP, kod, код, 验证码, 認証, 인증, código, mã, رمز ... */
export const CODE_WORDS =
  /code|c[oó]dig|codic|\bkod|\botp\b|one time|tek kull|\bmã |код|验证|驗證|校验|認証|コード|인증|رمز|كود|کد|קוד/i;

/** Words that hint at a code without naming one, weaker than a phone word. */
export const CODE_HINTS = /verif|\bpin\b|\bsms\b|\bonay|do[gğ]rula|смс|短信|確認|확인|تحقق|אימות/i;

/** The country or its calling code, on a control beside the number. */
export const COUNTRY_WORDS =
  /countr|\bdial|flag|[üu]lke|pa[ií]s|\bpays|indicati|vorwahl|prefi|стран|国家|国番号|국가|دولة|کشور/i;

/** Cards, e-mail and addresses, postal codes among them ("posta" is also Turkish e-mail). */
export const OTHER_WORDS =
  /\bcard|\bkart|карт|\bcc\b|cvc|cvv|\biban|mail|posta|почт|邮箱|addr|adres|street|postal|post ?code|\bzip|\bplz\b/i;

/** Codes and numbers that are not sent by SMS: promotions, invitations, captchas, dates. */
export const NOT_SMS_WORDS =
  /promo|coupon|kupon|voucher|\brefer|\binvit|davet|captcha|birth|doğum|\byear|yyyy|area code|alan kod/i;

/** Search boxes: "search", "ara", "q", and the word in a few languages. */
export const SEARCH_WORDS = /search|\bara(ma)?\b|\bq\b|\bsuche|busca|поиск|搜索|検索|검색/i;

/** A calling code as written in options and prefixes: "+44", "(+90)", "🇬🇧 +44". */
export const DIAL_CODE = /\+\s?\d{1,4}\b/;

/** A flag emoji: a regional indicator letter, as its UTF-16 pair. */
export const FLAG = /\uD83C[\uDDE6-\uDDFF]/;

/** Splits camelCase and separators into words: "userPhone_no" becomes "user Phone no". */
export function spaceWords(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[\s_\-.:[\]]+/g, ' ');
}
