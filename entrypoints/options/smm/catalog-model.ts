import { computed, signal } from '@preact/signals';

import type { SmmCategory, SmmService } from '@/utils/api';
import { askBackground } from '@/utils/messages';

import { createLoadable } from './loadable';

/** Services shown a page at a time. */
export const SERVICES_PAGE_SIZE = 8;

const SEARCH_DELAY_MS = 300;

/** The detail wins; what it leaves out (the docs' example omits some fields) comes from the list. */
function withListedFields(detail: SmmService, listed: SmmService | undefined): SmmService {
  if (!listed) return detail;
  return {
    ...detail,
    description: detail.description ?? listed.description,
    icon: detail.icon ?? listed.icon,
    input_placeholder: detail.input_placeholder ?? listed.input_placeholder,
    avg_delivery_time: detail.avg_delivery_time ?? listed.avg_delivery_time,
  };
}

/**
 * The SMM catalog as the options page browses it: categories, the services of the chosen one
 * (searched on the service, paged here), and the chosen service's full detail.
 */
export function createSmmCatalogModel({ searchDelayMs = SEARCH_DELAY_MS } = {}) {
  const categories = createLoadable<SmmCategory[]>();
  const services = createLoadable<SmmService[]>();
  const detail = createLoadable<SmmService>();
  const categoryId = signal<number | null>(null);
  const search = signal('');
  const includeComing = signal(false);
  const page = signal(1);
  const serviceId = signal<number | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const serviceList = computed(() =>
    services.state.value.kind === 'ready' ? services.state.value.value : [],
  );
  const totalPages = computed(() =>
    Math.max(1, Math.ceil(serviceList.value.length / SERVICES_PAGE_SIZE)),
  );
  const pageOfServices = computed(() => {
    const start = (Math.min(page.value, totalPages.value) - 1) * SERVICES_PAGE_SIZE;
    return serviceList.value.slice(start, start + SERVICES_PAGE_SIZE);
  });

  async function loadCategories(): Promise<void> {
    await categories.load(async () => {
      const answer = await askBackground({ type: 'smmCategories' });
      if (!answer.ok) return answer;
      const sorted = [...answer.value.categories].sort(
        (left, right) => left.display_order - right.display_order,
      );
      return { ok: true, value: sorted };
    });
    const state = categories.state.value;
    if (categoryId.value === null && state.kind === 'ready' && state.value[0]) {
      await chooseCategory(state.value[0].category_id);
    }
  }

  async function loadServices(): Promise<void> {
    clearTimeout(timer);
    const category = categoryId.value;
    if (category === null) return;

    const text = search.value.trim();
    page.value = 1;
    await services.load(async () => {
      const answer = await askBackground({
        type: 'smmServices',
        params: {
          category_id: category,
          ...(text ? { search: text } : {}),
          ...(includeComing.value ? { include_coming: 1 as const } : {}),
        },
      });
      return answer.ok ? { ok: true, value: answer.value.services } : answer;
    });
  }

  async function chooseCategory(id: number): Promise<void> {
    categoryId.value = id;
    search.value = '';
    clearService();
    await loadServices();
  }

  /** Searches once typing has paused. */
  function setSearch(text: string): void {
    search.value = text;
    clearTimeout(timer);
    timer = setTimeout(() => void loadServices(), searchDelayMs);
  }

  async function setIncludeComing(include: boolean): Promise<void> {
    includeComing.value = include;
    await loadServices();
  }

  function clearService(): void {
    serviceId.value = null;
    detail.clear();
  }

  /** Chooses a service and reads its full detail, which the order form is checked against. */
  async function chooseService(id: number): Promise<void> {
    serviceId.value = id;
    await detail.load(async () => {
      const answer = await askBackground({
        type: 'smmServiceDetail',
        params: { service_id: id },
      });
      if (!answer.ok) return answer;
      const listed = serviceList.value.find((service) => service.service_id === id);
      return { ok: true, value: withListedFields(answer.value.service, listed) };
    });
  }

  return {
    categories,
    services,
    detail,
    categoryId,
    search,
    includeComing,
    page,
    serviceId,
    pageOfServices,
    totalPages,
    loadCategories,
    loadServices,
    chooseCategory,
    setSearch,
    setIncludeComing,
    chooseService,
    clearService,
  };
}

export type SmmCatalogModel = ReturnType<typeof createSmmCatalogModel>;
