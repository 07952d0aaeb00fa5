import { t } from '@/utils/i18n';

/** The options page's sections, each reachable by its address: `options.html#smm`. */
export const SECTIONS = [
  { id: 'settings', titleKey: 'optionsSectionSettings' },
  { id: 'smm', titleKey: 'optionsSectionSmm' },
  { id: 'licenses', titleKey: 'optionsSectionLicenses' },
  { id: 'history', titleKey: 'optionsSectionHistory' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a `location.hash` names; settings for anything else. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '').split('/')[0];
  return SECTIONS.find((section) => section.id === id)?.id ?? 'settings';
}

/** The section's name in the current language. */
export function sectionTitle(id: SectionId): string {
  const section = SECTIONS.find((candidate) => candidate.id === id) ?? SECTIONS[0];
  return t(section.titleKey);
}
