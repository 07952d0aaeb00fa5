/**
 * The API names each category's icon by a Bootstrap icon class (`bi-instagram`). No icon font
 * is loaded in the extension, so known names get a small glyph and the rest the name's letter.
 */
const GLYPHS: Record<string, string> = {
  'bi-twitter-x': '𝕏',
  'bi-twitter': '𝕏',
  'bi-instagram': '◎',
  'bi-tiktok': '♪',
  'bi-youtube': '▶',
  'bi-telegram': '✈',
  'bi-facebook': 'f',
  'bi-spotify': '♫',
  'bi-twitch': 'T',
  'bi-discord': 'D',
  'bi-threads': '@',
  'bi-linkedin': 'in',
  'bi-snapchat': 'S',
  'bi-pinterest': 'P',
  'bi-reddit': 'r',
  'bi-kick': 'K',
  'bi-globe': '◍',
};

/** The glyph shown for a category: its icon's, or the first letter of its name. */
export function categoryGlyph(icon: string | null | undefined, name: string): string {
  const known = icon ? GLYPHS[icon.trim().toLowerCase()] : undefined;
  if (known) return known;

  const letter = [...name.trim()][0];
  return letter ? letter.toUpperCase() : '?';
}
