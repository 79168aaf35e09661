/** The plan's details as everyone who may not edit them reads them. */
import { DataList } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../catalog/innovation-format';
import { SectionCard } from '../../catalog/SectionCard';
import type { PlanView } from '../plan-view';
import { Fact, NotRecorded, orNotRecorded } from './PlanFacts';

export function PlanDetailsSummary({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { plan } = view;
  const { amount, source } = plan.budget;
  return (
    <SectionCard title={t('plan.details.title')}>
      <DataList orientation="vertical" size="sm" gap="sm">
        <Fact label={t('plan.field.facilitator')}>{orNotRecorded(plan.facilitator)}</Fact>
        <Fact label={t('plan.field.adaptation')}>{t(`plan.adaptationChoice.${plan.adaptation}`)}</Fact>
        <Fact label={t('plan.field.budget')}>
          {amount === null && source === '' ? (
            <NotRecorded />
          ) : amount === null ? (
            source
          ) : source === '' ? (
            formatRupiah(amount)
          ) : (
            t('plan.budgetWithSource', { amount: formatRupiah(amount), source })
          )}
        </Fact>
        <Fact label={t('plan.field.rpjmdReference')}>{orNotRecorded(plan.rpjmdReference)}</Fact>
        <Fact label={t('plan.field.risks')}>{orNotRecorded(plan.risks)}</Fact>
        <Fact label={t('plan.field.supportRequested')}>{orNotRecorded(plan.supportRequested)}</Fact>
      </DataList>
    </SectionCard>
  );
}
