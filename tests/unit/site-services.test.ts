import { describe, expect, it } from 'vitest';

import { hostOf, isSiteService, orderServices, siteServiceFor } from '@/utils/site-services';

const service = (id: number, name: string) => ({ service_id: id, name });
const describeService = (item: { service_id: number; name: string }) => ({
  id: item.service_id,
  name: item.name,
});

describe('the service of a site', () => {
  it.each([
    ['https://web.telegram.org/k/', 'Telegram'],
    ['https://telegram.org/', 'Telegram'],
    ['https://web.whatsapp.com/', 'WhatsApp'],
    ['https://accounts.google.com/signup', 'Google'],
    ['https://mail.google.com/mail/u/0/', 'Google'],
    ['https://www.google.com.tr/', 'Google'],
    ['https://www.instagram.com/accounts/emailsignup/', 'Instagram'],
    ['https://m.facebook.com/', 'Facebook'],
    ['https://www.tiktok.com/signup', 'TikTok'],
    ['https://x.com/i/flow/signup', 'Twitter'],
    ['https://twitter.com/', 'Twitter'],
    ['https://discord.com/register', 'Discord'],
    ['https://www.amazon.com.tr/ap/register', 'Amazon'],
    ['https://www.amazon.de/', 'Amazon'],
    ['https://www.amazon.co.uk/', 'Amazon'],
    ['https://login.live.com/', 'Microsoft'],
    ['https://outlook.live.com/mail/', 'Microsoft'],
    ['https://signup.microsoft.com/', 'Microsoft'],
    ['https://appleid.apple.com/account', 'Apple'],
    ['https://www.icloud.com/', 'Apple'],
    ['https://auth.uber.com/', 'Uber'],
    ['https://www.netflix.com/signup', 'Netflix'],
    ['https://accounts.spotify.com/', 'Spotify'],
    ['https://accounts.snapchat.com/', 'Snapchat'],
    ['https://www.linkedin.com/signup', 'LinkedIn'],
    ['https://www.trendyol.com/uyelik', 'Trendyol'],
    ['https://www.yemeksepeti.com/', 'Yemeksepeti'],
    ['https://getir.com/', 'Getir'],
  ])('finds the service of %s', (url, expected) => {
    const found = siteServiceFor(url);

    expect(found).toBe(expected);
  });

  it.each([
    'https://example.com/',
    'https://amazon.evil.com/',
    'https://nottelegram.org/',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'not a url',
  ])('finds none for %s', (url) => {
    expect(siteServiceFor(url)).toBeNull();
  });

  it('finds none without an address, as for a tab the popup may not read', () => {
    expect(siteServiceFor(undefined)).toBeNull();
    expect(hostOf('')).toBeNull();
  });

  it('matches listed service names by inclusion, ignoring case', () => {
    expect(isSiteService('Twitter / X', 'Twitter')).toBe(true);
    expect(isSiteService('whatsapp business', 'WhatsApp')).toBe(true);
    expect(isSiteService('Telegram', 'WhatsApp')).toBe(false);
    expect(isSiteService('Telegram', null)).toBe(false);
  });
});

describe('the order of services', () => {
  const services = [
    service(1, 'WhatsApp'),
    service(2, 'Telegram'),
    service(3, 'Google'),
    service(7, 'Twitter / X'),
    service(9, 'Discord'),
  ];

  it("puts the site's service first, then the favourites as starred, then the rest", () => {
    const ordered = orderServices(services, describeService, {
      siteService: 'Twitter',
      favourites: [9, 2],
    });

    expect(ordered.map((item) => item.service_id)).toEqual([7, 9, 2, 1, 3]);
  });

  it("keeps the service's own order when nothing is preferred", () => {
    const ordered = orderServices(services, describeService, { siteService: null, favourites: [] });

    expect(ordered).toEqual(services);
  });

  it('ignores favourites that are not in the list', () => {
    const ordered = orderServices(services, describeService, {
      siteService: null,
      favourites: [42, 3],
    });

    expect(ordered.map((item) => item.service_id)).toEqual([3, 1, 2, 7, 9]);
  });
});
