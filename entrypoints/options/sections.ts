/** The options page's sections, each reachable by its address: `options.html#smm`. */
export const SECTIONS = [
  { id: 'settings', title: 'Settings' },
  { id: 'smm', title: 'Social media' },
  { id: 'licenses', title: 'Licenses' },
  { id: 'history', title: 'History' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a `location.hash` names; settings for anything else. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '').split('/')[0];
  return SECTIONS.find((section) => section.id === id)?.id ?? 'settings';
}
