import type { PhysicalModel } from '@/entrypoints/popup/physical-model';
import type { RentalModel } from '@/entrypoints/popup/rental-model';
import type { VirtualModel } from '@/entrypoints/popup/virtual-model';
import { t } from '@/utils/i18n';

import { DealList } from './DealList';
import { PhysicalCountryList } from './PhysicalCountryList';
import { RentalCountryList } from './RentalCountryList';
import { ServiceList } from './ServiceList';
import { StepHeader } from './StepHeader';
import { VirtualCountryList } from './VirtualCountryList';

interface PanelProps<M> {
  model: M;
  isBusy: boolean;
  siteService: string | null;
}

const serviceTitle = (name: string | null) => name ?? t('popupService');

/** Virtual numbers: service, then countries with their operators. */
export function VirtualPanel({ model, isBusy, siteService }: PanelProps<VirtualModel>) {
  if (model.step.value.kind === 'services') {
    return (
      <ServiceList
        picker={model.services}
        siteService={siteService}
        onChoose={model.chooseService}
      />
    );
  }

  return (
    <>
      <StepHeader title={serviceTitle(model.serviceName.value)} onBack={model.back} />
      <VirtualCountryList model={model} isBusy={isBusy} />
    </>
  );
}

/** Physical SIM: service, country, then the deals of each operator. */
export function PhysicalPanel({ model, isBusy, siteService }: PanelProps<PhysicalModel>) {
  const step = model.step.value;
  if (step.kind === 'services') {
    return (
      <ServiceList
        picker={model.services}
        siteService={siteService}
        onChoose={model.chooseService}
      />
    );
  }

  const service = serviceTitle(model.serviceName.value);
  if (step.kind === 'countries') {
    return (
      <>
        <StepHeader title={service} onBack={model.back} />
        <PhysicalCountryList model={model} />
      </>
    );
  }

  const country = step.countryName ?? step.countryCode ?? `#${step.countryId}`;
  return (
    <>
      <StepHeader title={`${service} · ${country}`} onBack={model.back} />
      <DealList offers={model.offers} isBusy={isBusy} onBuy={model.buyDeal} />
    </>
  );
}

/** Rental: country, then the rent lengths of each operator. */
export function RentalPanel({ model, isBusy }: Omit<PanelProps<RentalModel>, 'siteService'>) {
  if (model.step.value.kind === 'countries') return <RentalCountryList model={model} />;

  return (
    <>
      <StepHeader title={model.offersCountryName.value ?? t('popupCountry')} onBack={model.back} />
      <DealList offers={model.offers} isBusy={isBusy} onBuy={model.buyDeal} />
    </>
  );
}
