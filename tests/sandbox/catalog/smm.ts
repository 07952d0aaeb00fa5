/** Seed catalog of the SMM section: categories and services, with how their orders progress. */

export type SmmInputType = 'link' | 'username' | 'custom_comments';

export interface SmmExtra {
  name: string;
  pricePerUnitTl: number;
}

export interface SmmCategory {
  categoryId: number;
  name: string;
  icon: string;
  displayOrder: number;
}

/** How the sandbox plays an order of this service out over sandbox time. */
export interface SmmProgress {
  /** Seconds spent `pending` before work starts (0: `processing` at once). */
  startDelaySec: number;
  /** Seconds from the start of work until the order is done. */
  deliverySec: number;
  /** Share delivered before the provider gives up; below 1 the order ends `partial`. */
  deliveredShare: number;
}

export interface SmmService {
  serviceId: number;
  categoryId: number;
  name: string;
  description: string;
  inputType: SmmInputType;
  inputPlaceholder: string;
  pricePerUnitTl: number;
  minQuantity: number;
  maxQuantity: number;
  avgDeliveryTime: string;
  status: 'active' | 'coming';
  extras: SmmExtra[];
  progress: SmmProgress;
}

export const SMM_SEED = {
  /** link, no extras, 0.0015 TL, 10 – 30300. */
  linkServiceId: 1,
  /** link with two extras at 1 TL each, 0.19838 TL, 100 – 2500. */
  extrasServiceId: 10,
  /** username, pending for five minutes before it starts. */
  usernameServiceId: 20,
  /** custom_comments, 2.5 TL a comment, 5 – 100. */
  customCommentsServiceId: 11,
  /** username; delivers 60 % and ends `partial`, refunding the rest. */
  partialServiceId: 31,
  /** status "coming": listed only with include_coming=1, cannot be ordered. */
  comingServiceId: 41,
} as const;

export const SMM_CATEGORIES: readonly SmmCategory[] = [
  { categoryId: 1, name: 'Twitter (X)', icon: 'bi-twitter-x', displayOrder: 1 },
  { categoryId: 2, name: 'Instagram', icon: 'bi-instagram', displayOrder: 2 },
  { categoryId: 4, name: 'TikTok', icon: 'bi-tiktok', displayOrder: 4 },
  { categoryId: 5, name: 'YouTube', icon: 'bi-youtube', displayOrder: 5 },
  { categoryId: 6, name: 'Telegram', icon: 'bi-telegram', displayOrder: 6 },
];

const QUICK: SmmProgress = { startDelaySec: 0, deliverySec: 600, deliveredShare: 1 };

export const SMM_SERVICES: readonly SmmService[] = [
  {
    ...base(
      1,
      1,
      'Tweet Görüntülenme (Analytic View)',
      'link',
      'https://x.com/elonmusk/status/...',
    ),
    description: 'Düşüş Olmaz ✅\nMavi Tik Analytic Panelde yansır',
    ...pricing(0.0015, 10, 30300, '0-3 saat'),
  },
  {
    ...base(10, 1, 'Twitter Anlık Beğeni', 'link', 'https://x.com/...'),
    description: 'Türk Profilli Hesaplar',
    ...pricing(0.19838, 100, 2500, 'Anında'),
    extras: [
      { name: '+Favoriye Ekleme', pricePerUnitTl: 1 },
      { name: '+Günde sadece 1 yorum gelsin', pricePerUnitTl: 1 },
    ],
  },
  {
    ...base(11, 1, 'Twitter Özel Yorum', 'custom_comments', 'https://x.com/.../status/...'),
    description: 'Her satıra bir yorum yazın.\nYorumlar sırayla gönderilir.',
    ...pricing(2.5, 5, 100, '1-6 saat'),
  },
  {
    ...base(20, 2, 'Instagram Türk Takipçi', 'username', 'kullaniciadi'),
    description: 'Gerçek Türk hesaplar\nProfil gizli olmamalıdır\n30 gün düşüş garantisi',
    ...pricing(0.12, 50, 10000, '0-6 saat'),
    extras: [{ name: '+Hızlı Başlangıç', pricePerUnitTl: 0.05 }],
    progress: { startDelaySec: 300, deliverySec: 1800, deliveredShare: 1 },
  },
  {
    ...base(21, 2, 'Instagram Beğeni', 'link', 'https://www.instagram.com/p/...'),
    description: 'Karışık kaliteli hesaplar',
    ...pricing(0.03, 100, 50000, 'Anında'),
  },
  {
    ...base(22, 2, 'Instagram Özel Yorum', 'custom_comments', 'https://www.instagram.com/p/...'),
    description: 'Her satır ayrı bir yorum olarak gönderilir.',
    ...pricing(1.75, 3, 200, '0-2 saat'),
  },
  {
    ...base(30, 4, 'TikTok İzlenme', 'link', 'https://www.tiktok.com/@.../video/...'),
    description: 'Hızlı başlar\nDüşüş olmaz',
    ...pricing(0.0009, 1000, 1000000, 'Anında'),
  },
  {
    ...base(31, 4, 'TikTok Takipçi (Karışık)', 'username', '@kullaniciadi'),
    description: 'Karışık hesaplar\nGaranti yoktur',
    ...pricing(0.09, 100, 20000, '0-12 saat'),
    progress: { startDelaySec: 0, deliverySec: 600, deliveredShare: 0.6 },
  },
  {
    ...base(40, 5, 'YouTube İzlenme', 'link', 'https://www.youtube.com/watch?v=...'),
    description: 'Reklamsız gerçek izlenme\nÖnerilen süre: 1-3 dakika',
    ...pricing(0.02, 500, 100000, '0-24 saat'),
  },
  {
    ...base(41, 5, 'YouTube Canlı Yayın İzleyici', 'link', 'https://www.youtube.com/live/...'),
    description: 'Yakında hizmetinizde.',
    ...pricing(0.4, 50, 5000, '-'),
    status: 'coming',
  },
  {
    ...base(50, 6, 'Telegram Kanal Üye', 'link', 'https://t.me/...'),
    description: 'Kanal herkese açık olmalıdır',
    ...pricing(0.08, 100, 30000, '0-1 saat'),
  },
];

function base(id: number, categoryId: number, name: string, inputType: SmmInputType, hint: string) {
  return {
    serviceId: id,
    categoryId,
    name,
    inputType,
    inputPlaceholder: hint,
    status: 'active' as const,
    extras: [],
    progress: QUICK,
  };
}

function pricing(pricePerUnitTl: number, min: number, max: number, avgDeliveryTime: string) {
  return { pricePerUnitTl, minQuantity: min, maxQuantity: max, avgDeliveryTime };
}
