/**
 * The words that tell a one-time code from other numbers, in lower case. Each list is matched in
 * one of three ways: from the start of a word (stems that take suffixes), as a whole word (short
 * words that would otherwise match inside others), or anywhere (scripts without spaces, and
 * compounds such as the German "Bestätigungscode").
 */
export interface WordList {
  prefixes: readonly string[];
  words: readonly string[];
  anywhere: readonly string[];
}

/** Words that name a code or password itself. */
// prettier-ignore
export const CODE_NAMES: WordList = {
  prefixes: [
    'kod', 'şifre', 'sifre', 'parola', 'passcode', 'password', 'код', 'пароль', 'código',
    'codigo', 'clave', 'contraseña', 'senha', 'mot de passe', 'passwort', 'kennwort', 'codice',
    'kata sandi', 'mã',
    // Persian: separate words, so they start at a word boundary.
    'کد', 'کود',
  ],
  words: ['pin', 'otp', 'tan', 'mtan'],
  anywhere: [
    // "code" ends German compounds ("Bestätigungscode"); Arabic and Hebrew take prefixes.
    'code', 'رمز', 'كود', 'קוד', 'סיסמ', '验证码', '驗證碼', '校验码', '校驗碼', '动态码', '動態碼',
    '确认码', '確認碼', '认证码', '認證碼', '密码', '密碼', 'コード', 'パスワード', '暗証番号',
    '認証番号', '인증번호', '인증 번호', '코드', '비밀번호',
  ],
};

/** Words that say what a code is for: verifying, confirming, activating, signing in once. */
// prettier-ignore
export const CODE_PURPOSES: WordList = {
  prefixes: [
    'doğrulama', 'dogrulama', 'tek kullanımlık', 'tek kullanimlik', 'aktivasyon', 'verification',
    'verify', 'confirmation', 'activation', 'auth', 'one-time', 'one time', 'single-use',
    'подтвержд', 'подтверд', 'одноразов', 'верификац', 'підтвердж', 'підтверд', 'verificación',
    'verificacion', 'verificação', 'verificacao', 'vérification', 'bestätigung', 'verifica',
    'verifikasi', 'xác thực', 'xac thuc', 'xác nhận', 'xac nhan', 'xác minh', 'xac minh',
    'kích hoạt', 'kich hoat',
  ],
  words: ['onay'],
  anywhere: [
    'التحقق', 'تحقق', 'تفعيل', 'تایید', 'تأیید', 'تاييد', 'تأييد', 'אימות', '验证', '驗證', '認証',
    '確認コード', 'ワンタイム', '인증',
  ],
};

/** Code words that name some other code: discounts, parcels, places, reservations, errors. */
// prettier-ignore
export const OTHER_CODE_PHRASES: WordList = {
  prefixes: [
    'indirim', 'kupon', 'promosyon kod', 'kampanya kod', 'davet kod', 'referans kod', 'posta kod',
    'takip kod', 'rezervasyon kod', 'ürün kod', 'hata kod', 'müşteri kod', 'şube kod',
    'hediye kod', 'onay numara', 'promo', 'discount', 'coupon', 'voucher', 'gift code',
    'referral', 'invite code', 'invitation code', 'zip code', 'postal code', 'postcode',
    'area code', 'country code', 'tracking code', 'booking code', 'reservation code',
    'error code', 'qr code', 'barcode', 'product code', 'swift code', 'sort code',
    'confirmation number', 'confirmation no', 'order confirmation', 'booking confirmation',
    'промокод', 'промо-код', 'трек-код', 'трек код', 'код купона', 'код скидки', 'скидк',
    'знижк', 'código promocional', 'codigo promocional', 'código de descuento', 'código postal',
    'código de seguimiento', 'código de rastreamento', 'cupón', 'cupom', 'descuento', 'desconto',
    'code promo', 'code postal', 'code de suivi', 'code de réduction', 'réduction',
    'gutscheincode', 'gutschein', 'rabatt', 'aktionscode', 'codice sconto', 'codice promozionale',
    'codice fiscale', 'sconto', 'kode promo', 'kode voucher', 'kode pos', 'kode booking',
    'kode pembayaran', 'kode bayar', 'diskon', 'mã giảm giá', 'ma giam gia', 'mã khuyến mãi',
    'ma khuyen mai', 'mã ưu đãi', 'mã đơn hàng', 'mã vận đơn', 'giảm giá',
  ],
  words: [],
  anywhere: [
    'رمز ترويجي', 'كود خصم', 'كوبون', 'الرمز البريدي', 'خصم', 'کد تخفیف', 'تخفیف', 'کد پستی',
    'کد رهگیری', 'کد پیگیری', 'کد ملی', 'קופון', 'קוד הנחה', 'הנחה', '优惠', '優惠', '邀请码',
    '邀請碼', '取件码', '提货码', '兑换码', 'クーポン', 'プロモーションコード', '招待コード', '할인',
    '쿠폰', '추천인 코드', '초대 코드',
  ],
};

/** Words that label the number after them as an order, parcel, card, account, sum or phone. */
// prettier-ignore
export const OTHER_NUMBER_LABELS: WordList = {
  prefixes: [
    'sipariş', 'siparis', 'kargo', 'takip', 'gönderi', 'gonderi', 'fatura', 'dekont', 'işlem',
    'islem', 'referans', 'kart', 'hanesi', 'hesap no', 'hesap numara', 'iban',
    'müşteri hizmet', 'musteri hizmet', 'müşteri no', 'çağrı merkez', 'cagri merkez', 'bakiye',
    'tutar', 'bilet', 'rezervasyon', 'randevu', 'koltuk', 'abone', 'başvuru', 'basvuru', 'talep',
    'taleb',
    'poliçe', 'yazıp', 'yazip', 'yazarak', 'order', 'tracking', 'shipment', 'parcel', 'package',
    'invoice', 'receipt', 'reference', 'transaction', 'card', 'ending', 'ends in', 'ticket',
    'booking', 'reservation', 'flight', 'hotline', 'customer service', 'phone number', 'reply',
    'balance', 'amount', 'total', 'account number', 'заказ', 'трек', 'отслеж', 'посылк',
    'отправлени', 'накладн', 'карт', 'счет', 'счёт', 'баланс', 'сумм', 'звон', 'договор', 'билет',
    'бронир', 'номер телефона', 'остаток', 'замовлен', 'відправлен', 'посилк', 'рахун', 'дзвон',
    'відділен', 'pedido', 'seguimiento', 'envío', 'paquete', 'factura', 'tarjeta', 'terminada',
    'saldo', 'importe', 'llam', 'reserva', 'referencia', 'rastreamento', 'rastreio', 'encomenda',
    'fatura', 'cartão', 'cartao', 'final', 'ligue', 'protocolo', 'commande', 'suivi', 'colis',
    'facture', 'carte', 'se terminant', 'solde', 'montant', 'réservation', 'dossier',
    'bestellung', 'sendung', 'paket', 'rechnung', 'karte', 'endend', 'kontostand', 'betrag',
    'buchung', 'auftrag', 'kundennummer', 'ordine', 'spedizione', 'pacco', 'fattura', 'carta',
    'termina', 'importo', 'prenotazione', 'pesanan', 'pengiriman', 'tagihan', 'kartu',
    'berakhiran', 'rekening', 'jumlah', 'hubungi', 'nomor hp', 'nomor telepon',
    'virtual account', 'đơn hàng', 'don hang', 'vận đơn', 'van don', 'thẻ', 'tài khoản',
    'tai khoan', 'số dư', 'so du', 'số tiền', 'so tien', 'tổng đài', 'tong dai',
    'số điện thoại', 'so dien thoai', 'sđt', 'sdt',
  ],
  words: [
    'ara', 'arayın', 'ret', 'red', 'tel', 'pnr', 'ref', 'txn', 'text', 'stop', 'call', 'tk', 'sonu',
    'resi',
  ],
  anywhere: [
    'طلبك', 'الطلب', 'شحن', 'تتبع', 'بطاق', 'المنته', 'منتهي', 'حساب', 'رصيد', 'مبلغ', 'اتصل', 'هاتف', 'حجز',
    'سفارش', 'مرسوله', 'رهگیری', 'پیگیری', 'کارت', 'موجودی', 'تماس', 'تلفن', 'رزرو', 'הזמנ',
    'משלוח', 'חבילה', 'מעקב', 'כרטיס', 'חשבון', 'יתרה', 'סכום', 'טלפון', 'התקשר', 'חייג',
    'מסתיים', '订单', '訂單', '运单', '運單', '单号', '單號', '快递', '快遞', '包裹', '取件', '尾号',
    '尾號', '卡号', '账户', '帳戶', '余额', '餘額', '金额', '金額', '消费', '消費', '电话', '電話',
    '客服', '热线', '航班', '注文', '伝票', '荷物', '配送', '追跡', '問い合わせ', '問合せ', '末尾',
    'カード', '口座', '残高', 'ご利用', '予約', '주문', '운송장', '송장', '배송', '택배', '카드',
    '끝자리', '계좌', '잔액', '금액', '결제', '승인', '고객센터', '전화', '문의', '예약',
  ],
};
