/** Seed catalog of the license section (lisans-bayi): categories, subcategories and products. */

export interface LicenseCategory {
  categoryId: number;
  name: string;
  displayOrder: number;
  subcategories: Array<{ subCategoryId: number; name: string; displayOrder: number }>;
}

export interface RequiredField {
  name: string;
  label: string;
  type: string;
}

/** How a manual order ends once the supplier answers (three sandbox minutes later). */
export type ManualOutcome = 'success' | 'failed';

export interface LicenseProduct {
  productId: number;
  categoryId: number;
  subCategoryId: number;
  name: string;
  description: string;
  priceTl: number;
  stockCount: number;
  isAutomaticDelivery: boolean;
  productType: 'none' | 'custom';
  requiredFields: RequiredField[];
  manualOutcome: ManualOutcome;
}

export const LICENSE_SEED = {
  /** Automatic, product_type none, 50 TL, stock 12. */
  automaticProductId: 1885200,
  /** Automatic, product_type custom: email + first_name required, 250 TL. */
  requiredFieldsProductId: 1885900,
  /** Manual, custom (email + institution_code): pending 3 minutes, then success. */
  manualProductId: 1885901,
  /** Manual, product_type none: pending 3 minutes, then failed and refunded. */
  failingProductId: 1885301,
  /** is_stock false, stock_count 0: purchase refused. */
  outOfStockProductId: 1885903,
  /** "Geliştirici Araçları": 56 products, enough for limit paging. */
  largeCategoryId: 30,
} as const;

export const MANUAL_DELIVERY_SEC = 180;

export const LICENSE_CATEGORIES: readonly LicenseCategory[] = [
  category(4, 'Adobe', 1, [
    [33, 'Adobe Creative Cloud'],
    [34, 'Adobe Stock'],
  ]),
  category(16, 'Office', 2, [
    [40, 'Office 365'],
    [41, 'Office 2021 / 2019'],
  ]),
  category(3, 'Görsel Ürünler', 3, [
    [50, 'Canva'],
    [51, 'Freepik'],
  ]),
  category(30, 'Geliştirici Araçları', 4, [
    [60, 'JetBrains'],
    [61, 'Yapay Zekâ Asistanları'],
  ]),
];

const EMAIL: RequiredField = { name: 'email', label: 'E-posta Adresiniz', type: 'email' };
const FIRST_NAME: RequiredField = { name: 'first_name', label: 'Ad', type: 'text' };
const INSTITUTION: RequiredField = { name: 'institution_code', label: 'Kurum Kodu', type: 'text' };

const HAND_WRITTEN: readonly LicenseProduct[] = [
  product(1885200, 4, 33, 'Adobe Creative Cloud - 14 Günlük', 'Tüm Adobe ürünleri dahil', 50, 12),
  product(1885201, 4, 34, 'Adobe Stock 25 Görsel / 3 Video', 'Anında teslim', 140, 5),
  product(1885202, 4, 33, 'Adobe Creative Cloud - 1 Aylık', 'Kendi hesabınıza tanımlanır', 320, 7),
  {
    ...product(1885900, 16, 40, 'Office 365 Pro', 'Hesabınıza 1 yıllık tanımlama', 250, 30),
    productType: 'custom',
    requiredFields: [EMAIL, FIRST_NAME],
  },
  {
    ...product(
      1885901,
      16,
      40,
      'Office 365 A1 Kurumsal',
      'Kurum kodunuzla elle tanımlanır',
      90,
      20,
    ),
    isAutomaticDelivery: false,
    productType: 'custom',
    requiredFields: [EMAIL, INSTITUTION],
  },
  product(1885902, 16, 41, 'Office 2021 Pro Plus Dijital Anahtar', 'Ömür boyu lisans', 180, 40),
  product(1885903, 16, 41, 'Office 2019 Home & Student', 'Stok yenilenecek', 150, 0),
  {
    ...product(1885300, 3, 50, 'Canva Pro - 1 Yıllık', 'Davet ile elle tanımlanır', 120, 15),
    isAutomaticDelivery: false,
  },
  {
    ...product(1885301, 3, 51, 'Freepik Premium - 1 Aylık', 'Tedarikçi onayı gerekir', 75, 9),
    isAutomaticDelivery: false,
    manualOutcome: 'failed',
  },
];

const TOOLS = ['IntelliJ IDEA Ultimate', 'PyCharm Pro', 'WebStorm', 'GoLand', 'Rider', 'CLion'];
const MORE_TOOLS = ['PhpStorm', 'DataGrip', 'RubyMine', 'DataSpell'];
const ASSISTANTS = [
  'GitHub Copilot Individual',
  'GitHub Copilot Business',
  'Cursor Pro',
  'Tabnine',
];
const TERMS: ReadonlyArray<readonly [string, number]> = [
  ['1 Aylık', 1],
  ['3 Aylık', 2.7],
  ['6 Aylık', 5],
  ['1 Yıllık', 9],
];

/** 56 developer-tool products so one category needs more than one page of 50. */
function generateDeveloperTools(): LicenseProduct[] {
  const names = [...TOOLS, ...MORE_TOOLS, ...ASSISTANTS];
  return names.flatMap((tool, toolIndex) =>
    TERMS.map(([term, factor], termIndex) => {
      const id = 1886000 + toolIndex * 10 + termIndex;
      const subCategoryId = ASSISTANTS.includes(tool) ? 61 : 60;
      const price = Math.round((60 + toolIndex * 7) * factor);
      const stock = 3 + ((toolIndex + termIndex) % 9);
      return product(id, 30, subCategoryId, `${tool} - ${term}`, 'Anında teslim', price, stock);
    }),
  );
}

/** Builds a fresh, mutable copy of the seed (stock changes on purchase). */
export function createLicenseProducts(): LicenseProduct[] {
  return [...HAND_WRITTEN, ...generateDeveloperTools()].map((entry) => ({ ...entry }));
}

function category(
  id: number,
  name: string,
  displayOrder: number,
  subs: ReadonlyArray<readonly [number, string]>,
): LicenseCategory {
  const subcategories = subs.map(([subCategoryId, subName], index) => ({
    subCategoryId,
    name: subName,
    displayOrder: index + 1,
  }));
  return { categoryId: id, name, displayOrder, subcategories };
}

function product(
  productId: number,
  categoryId: number,
  subCategoryId: number,
  name: string,
  description: string,
  priceTl: number,
  stockCount: number,
): LicenseProduct {
  return {
    productId,
    categoryId,
    subCategoryId,
    name,
    description,
    priceTl,
    stockCount,
    isAutomaticDelivery: true,
    productType: 'none',
    requiredFields: [],
    manualOutcome: 'success',
  };
}
