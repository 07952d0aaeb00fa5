import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { extractCode } from '@/utils/otp';

interface CorpusEntry {
  id: string;
  source: string;
  lang: string;
  text: string;
  expected: string | null;
}

const FIXTURES = join(import.meta.dirname, '../fixtures');
// prettier-ignore
const LANGUAGES = [
  'tr', 'en', 'ru', 'uk', 'es', 'pt', 'fr', 'de', 'it', 'ar', 'fa', 'he', 'zh', 'ja', 'ko', 'vi',
  'id',
];

function toEntry(line: string, file: string): CorpusEntry {
  const value: unknown = JSON.parse(line);
  const entry = value as Partial<CorpusEntry>;
  const isEntry =
    typeof entry.id === 'string' &&
    typeof entry.source === 'string' &&
    typeof entry.lang === 'string' &&
    typeof entry.text === 'string' &&
    (typeof entry.expected === 'string' || entry.expected === null);
  if (!isEntry) throw new Error(`${file}: not a corpus entry: ${line}`);

  return entry as CorpusEntry;
}

function readCorpus(file: string): CorpusEntry[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => toEntry(line, file));
}

// One line a test name: "ru-012: Ваш код подтверждения: 4829…".
function titleOf(entry: CorpusEntry): string {
  const text = entry.text.replace(/\s+/g, ' ').trim() || '(empty)';
  return `${entry.id}: ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`;
}

const written = readCorpus('otp-corpus.jsonl');
const dev = readCorpus('otp-dev.jsonl');
const rows = [...dev, ...written].map((entry) => [titleOf(entry), entry.text, entry.expected]);

describe('the message corpora', () => {
  it.each(rows)('%s', (_title, text, expected) => {
    const code = extractCode(text as string);

    expect(code).toBe(expected);
  });

  it('holds at least 200 written messages, at least 50 of them without a code', () => {
    const nulls = written.filter((entry) => entry.expected === null);

    expect(written.length).toBeGreaterThanOrEqual(200);
    expect(nulls.length).toBeGreaterThanOrEqual(50);
    expect(written.every((entry) => entry.source === 'written')).toBe(true);
  });

  it('holds at least five written messages in every listed language', () => {
    const counts = LANGUAGES.map((lang) => written.filter((entry) => entry.lang === lang).length);

    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
  });

  it('keeps every id unique across both files', () => {
    const ids = [...dev, ...written].map((entry) => entry.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the 73 texts of the shared development corpus', () => {
    expect(dev).toHaveLength(73);
  });
});

describe('the code as a person types it', () => {
  it('drops the prefix Google puts before its codes', () => {
    expect(extractCode('G-308194 is your Google verification code.')).toBe('308194');
  });

  it('joins two groups of three digits into one code', () => {
    expect(extractCode('Your WhatsApp code: 337-337')).toBe('337337');
    expect(extractCode('123 456 is your Instagram code.')).toBe('123456');
  });

  it('keeps the case of letter codes', () => {
    expect(extractCode('Your verification code is 5WGU8G. It expires soon.')).toBe('5WGU8G');
    expect(extractCode('Your code: a7k2p9')).toBe('a7k2p9');
  });

  it('accepts codes of 3 to 10 characters and nothing longer', () => {
    expect(extractCode('Your code is 123')).toBe('123');
    expect(extractCode('Your code is 1234567890')).toBe('1234567890');
    expect(extractCode('Your code is 12345678901')).toBeNull();
  });

  it('reads Arabic-Indic, Persian and full-width digits as ASCII', () => {
    expect(extractCode('رمز التحقق: ٤٨٢٩١٧')).toBe('482917');
    expect(extractCode('کد ورود: ۴۸۲۱')).toBe('4821');
    expect(extractCode('認証コード：４８２９１７')).toBe('482917');
  });
});

// prettier-ignore
const CONTEXT_WORDS: [string, string][] = [
  ['tr', 'kod'], ['tr', 'kodu'], ['tr', 'kodunuz'], ['tr', 'doğrulama'], ['tr', 'şifre'],
  ['tr', 'onay'], ['tr', 'tek kullanımlık'], ['tr', 'ŞİFRENİZ'], ['en', 'code'],
  ['en', 'verification'], ['en', 'OTP'], ['en', 'PIN'], ['en', 'passcode'], ['en', 'one-time'],
  ['ru', 'код'], ['ru', 'пароль'], ['ru', 'подтверждения'], ['uk', 'код'],
  ['uk', 'підтвердження'], ['es', 'código'], ['es', 'verificación'], ['es', 'clave'],
  ['pt', 'código'], ['pt', 'verificação'], ['pt', 'senha'], ['fr', 'code'],
  ['fr', 'vérification'], ['de', 'Code'], ['de', 'Bestätigungscode'], ['de', 'Sicherheitscode'],
  ['it', 'codice'], ['it', 'verifica'], ['ar', 'رمز'], ['ar', 'كود'], ['ar', 'التحقق'],
  ['fa', 'کد'], ['fa', 'رمز'], ['fa', 'تایید'], ['he', 'קוד'], ['he', 'אימות'], ['zh', '验证码'],
  ['zh', '驗證碼'], ['zh', '校验码'], ['zh', '动态码'], ['ja', '認証コード'], ['ja', '確認コード'],
  ['ja', 'ワンタイム'], ['ko', '인증번호'], ['ko', '인증 코드'], ['ko', '확인 코드'],
  ['vi', 'mã xác thực'], ['vi', 'mã OTP'], ['vi', 'mã xác nhận'], ['id', 'kode'],
  ['id', 'verifikasi'], ['id', 'OTP'],
];

// Enough letters that the number is not taken for a bare code on its own.
const FILLER = 'Keep this message to yourself and never forward it.';

describe('the context words', () => {
  it.each(CONTEXT_WORDS)('takes the number after the %s word "%s" for the code', (_lang, word) => {
    const code = extractCode(`${word}: 482917. ${FILLER}`);

    expect(code).toBe('482917');
  });

  it('finds no code in the same message without a context word', () => {
    expect(extractCode(`Hello 482917. ${FILLER}`)).toBeNull();
  });

  it('prefers the number nearest to a context word', () => {
    expect(extractCode('Sent at branch 5821 today. Your code is 739201')).toBe('739201');
    expect(extractCode('739201 is your code. Sent at branch 5821 today.')).toBe('739201');
  });

  it('ignores code words that name another kind of code', () => {
    expect(extractCode('İndirim kodunuz: YAZ150. Tüm ürünlerde geçerli.')).toBeNull();
    expect(extractCode('Your postal code 94107 was saved to your profile.')).toBeNull();
  });
});

describe('numbers that are not codes', () => {
  it('passes over phone numbers', () => {
    expect(extractCode('Your code is 482917. Questions? Call +90 850 222 44 44')).toBe('482917');
    expect(extractCode('Kodunuz 4821. Müşteri hizmetleri 0850 222 44 44')).toBe('4821');
    expect(extractCode('FWD from (817) 697-4520: call me back')).toBeNull();
  });

  it('passes over amounts in any currency', () => {
    expect(extractCode('1.250,00 TL tutarlı işlem için onay kodunuz: 612804')).toBe('612804');
    expect(extractCode('Your code is 5821 for the $1,249 payment')).toBe('5821');
    expect(extractCode('Код 4821 для оплаты 1 290 руб.')).toBe('4821');
    expect(extractCode('Payment of 2500 USD approved. Code: 739201')).toBe('739201');
    expect(extractCode('Ödemeniz alındı: ₺1500')).toBeNull();
    expect(extractCode('Charged €4821 on your account.')).toBeNull();
  });

  it('passes over dates, times and years', () => {
    expect(extractCode('Kodunuz 739201. Son geçerlilik 14.06.2025 10:30')).toBe('739201');
    expect(extractCode('Your appointment is on 2025-06-14 at 10:30.')).toBeNull();
    expect(extractCode('Kampanya 4 Temmuz 2025 tarihine kadar geçerlidir.')).toBeNull();
    expect(extractCode('【银行】2025年6月14日 您的验证码为 482917')).toBe('482917');
  });

  it('passes over card endings', () => {
    expect(extractCode('Kartınızın son 4 hanesi 1234 olan kartınızla ödeme yapıldı')).toBeNull();
    expect(extractCode('A purchase was made with your card ending 4821.')).toBeNull();
    expect(extractCode('4821 ile biten kartınız için onay kodu: 739201')).toBe('739201');
    expect(extractCode('Карта *4821: код подтверждения 739201')).toBe('739201');
  });

  it('passes over order and tracking numbers', () => {
    expect(extractCode('Sipariş no: 482913 kargoya verildi.')).toBeNull();
    expect(extractCode('Your order #48213 has shipped.')).toBeNull();
    expect(extractCode('Your tracking number is 7281930451.')).toBeNull();
    expect(extractCode('Order #48213: your verification code is 739201')).toBe('739201');
  });

  it('passes over links and the numbers in them', () => {
    expect(extractCode('Your code is 105-876 or tap v.whatsapp.com/105876')).toBe('105876');
    expect(extractCode('See https://example.com/track/482917 for details.')).toBeNull();
  });

  it('passes over the app hash of an Android SMS Retriever message', () => {
    expect(extractCode('<#> Your ExampleApp code is: 123ABC78\nFA+9qCX9VSu')).toBe('123ABC78');
    expect(extractCode('<#> 4821 is your code. FA+9qCX9VSu')).toBe('4821');
  });

  it('takes the code of an origin-bound line, never its domain', () => {
    expect(extractCode('@example.com #123456')).toBe('123456');
    expect(extractCode('Your code is 739201.\n\n@shop.example2024.com #739201')).toBe('739201');
    expect(extractCode('@1688.com #482917 %pay.1688.com')).toBe('482917');
  });
});

describe('messages without a code', () => {
  it('returns null for an empty message and for one without numbers', () => {
    expect(extractCode('')).toBeNull();
    expect(extractCode('Hello there')).toBeNull();
  });

  it('returns null when the message only talks about codes', () => {
    expect(extractCode('2-step verification is now deactivated on your account.')).toBeNull();
    expect(extractCode('Doğrulama kodunuzun süresi doldu. Lütfen yeni kod isteyin.')).toBeNull();
    expect(extractCode('Your code was used to sign in on a new device.')).toBeNull();
  });

  it('returns null when lookalike numbers stand far from any context word', () => {
    expect(extractCode('Tables 4821 and 5930 are ready for the evening guests.')).toBeNull();
  });

  it('returns a message that is only a number as its code', () => {
    expect(extractCode('2715')).toBe('2715');
    expect(extractCode('G-830829')).toBe('830829');
  });
});
