import { t } from '@/utils/i18n';

/** The nouns counted in the popup's lists, each with its one-and-many texts. */
const COUNTED = {
  operator: ['popupOperatorCountOne', 'popupOperatorCountOther'],
  number: ['popupNumberCountOne', 'popupNumberCountOther'],
} as const;

/** "1 operator", "4 operators" ("4 operatör" in Turkish, which keeps the noun as it is). */
export function counted(count: number, noun: keyof typeof COUNTED): string {
  const [one, other] = COUNTED[noun];
  return t(count === 1 ? one : other, count);
}
