/**
 * Unit tests read the English texts unless they choose a language: the extension's own default
 * (Turkish) is tested where it is chosen. Modules imported afresh (`vi.resetModules`) start in
 * Turkish again; `tests/helpers/background-env.ts` sets English for those.
 */
import { locale } from '@/utils/i18n';

locale.value = 'en';
