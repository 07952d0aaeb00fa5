import { categoryGlyph } from '@/entrypoints/options/smm/category-icons';
import type { SmmCatalogModel } from '@/entrypoints/options/smm/catalog-model';
import { t } from '@/utils/i18n';

import { LoadState } from './LoadState';

/** The SMM categories as buttons, each with a glyph standing in for the platform's icon. */
export function CategoryTabs({ catalog }: { catalog: SmmCatalogModel }) {
  return (
    <LoadState
      state={catalog.categories.state.value}
      what={t('smmWhatCategories')}
      onRetry={() => void catalog.loadCategories()}
      isEmpty={(categories) => categories.length === 0}
      emptyText={t('smmNoCategories')}
    >
      {(categories) => (
        <div class="smm-categories" role="group" aria-label={t('smmCategories')}>
          {categories.map((category) => (
            <button
              key={category.category_id}
              type="button"
              class="smm-category"
              aria-pressed={catalog.categoryId.value === category.category_id}
              data-category-id={category.category_id}
              onClick={() => void catalog.chooseCategory(category.category_id)}
            >
              <span class="smm-category__icon" aria-hidden="true">
                {categoryGlyph(category.icon, category.name)}
              </span>
              {category.name}
            </button>
          ))}
        </div>
      )}
    </LoadState>
  );
}
