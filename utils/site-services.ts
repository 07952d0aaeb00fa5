/**
 * Which service a web site signs people up with, so the popup can put that service first. Pure:
 * the popup reads the active tab's address and hands it in.
 */

interface SiteRule {
  /** A host matches itself and its subdomains; `name.*` stands for any country's domain. */
  hosts: readonly string[];
  /** Found inside the service names by inclusion, so "twitter" finds "Twitter / X". */
  service: string;
}

// First match wins, so a host served by two rules goes to the more specific one above.
const SITE_RULES: readonly SiteRule[] = [
  { hosts: ['telegram.org', 't.me'], service: 'Telegram' },
  { hosts: ['whatsapp.com'], service: 'WhatsApp' },
  // A YouTube or Gmail sign-up is a Google account.
  { hosts: ['google.com', 'google.*', 'gmail.com', 'youtube.com'], service: 'Google' },
  { hosts: ['instagram.com'], service: 'Instagram' },
  { hosts: ['facebook.com', 'messenger.com'], service: 'Facebook' },
  { hosts: ['tiktok.com'], service: 'TikTok' },
  { hosts: ['x.com', 'twitter.com'], service: 'Twitter' },
  { hosts: ['discord.com'], service: 'Discord' },
  { hosts: ['amazon.*'], service: 'Amazon' },
  {
    hosts: ['microsoft.com', 'microsoftonline.com', 'live.com', 'outlook.com', 'hotmail.com'],
    service: 'Microsoft',
  },
  { hosts: ['apple.com', 'icloud.com'], service: 'Apple' },
  { hosts: ['uber.com'], service: 'Uber' },
  { hosts: ['netflix.com'], service: 'Netflix' },
  { hosts: ['spotify.com'], service: 'Spotify' },
  { hosts: ['snapchat.com'], service: 'Snapchat' },
  { hosts: ['linkedin.com'], service: 'LinkedIn' },
  { hosts: ['trendyol.com'], service: 'Trendyol' },
  { hosts: ['yemeksepeti.com'], service: 'Yemeksepeti' },
  { hosts: ['getir.com'], service: 'Getir' },
  { hosts: ['hepsiburada.com'], service: 'Hepsiburada' },
];

// "amazon.com", "amazon.de", "amazon.com.tr", "amazon.co.uk": one or two short labels after it.
const ANY_COUNTRY_SUFFIX = String.raw`\.(?:[a-z]{2,3}\.)?[a-z]{2,}$`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hostMatches(host: string, pattern: string): boolean {
  if (pattern.endsWith('.*')) {
    const base = escapeRegExp(pattern.slice(0, -2));
    return new RegExp(`(?:^|\\.)${base}${ANY_COUNTRY_SUFFIX}`).test(host);
  }

  return host === pattern || host.endsWith(`.${pattern}`);
}

/** The host of an address, lower case, or `null` for anything that is not a web page. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;

  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;

    return parsed.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The service a page's address belongs to ("Telegram" for web.telegram.org), or `null`. */
export function siteServiceFor(url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (host === null) return null;

  const rule = SITE_RULES.find((candidate) => candidate.hosts.some((p) => hostMatches(host, p)));
  return rule?.service ?? null;
}

/** True when a listed service name is the site's service, ignoring case ("Twitter / X"). */
export function isSiteService(serviceName: string, siteService: string | null): boolean {
  if (siteService === null) return false;

  return serviceName.toLocaleLowerCase('en').includes(siteService.toLocaleLowerCase('en'));
}

export interface Rankable {
  id: number;
  name: string;
}

/**
 * The site's service first, then the favourites in the order they were starred, then the rest in
 * the order the service listed them.
 */
export function orderServices<T>(
  items: readonly T[],
  describe: (item: T) => Rankable,
  preferences: { siteService: string | null; favourites: readonly number[] },
): T[] {
  const rank = (item: T): number => {
    const { id, name } = describe(item);
    if (isSiteService(name, preferences.siteService)) return -1;

    const favourite = preferences.favourites.indexOf(id);
    return favourite === -1 ? preferences.favourites.length : favourite;
  };

  return items
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
}
