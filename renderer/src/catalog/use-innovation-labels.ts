/**
 * The words for an innovation's enumerated fields, resolved once per language: list rows read plain
 * strings instead of each calling the translator (thousands of calls while scrolling fast).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Innovation } from '../../../shared/model/innovation';

export interface InnovationLabels {
  stage: Readonly<Record<Innovation['stage'], string>>;
  form: Readonly<Record<Innovation['form'], string>>;
  status: Readonly<Record<Innovation['status'], string>>;
  digital: { yes: string; no: string };
  replicatedBy: (count: number) => string;
}

export function useInnovationLabels(): InnovationLabels {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language is what the labels depend on.
  return useMemo(
    () => ({
      stage: {
        inisiatif: t('innovation.stage.inisiatif'),
        ujiCoba: t('innovation.stage.ujiCoba'),
        penerapan: t('innovation.stage.penerapan'),
      },
      form: {
        tataKelola: t('innovation.form.tataKelola'),
        pelayananPublik: t('innovation.form.pelayananPublik'),
        lainnya: t('innovation.form.lainnya'),
      },
      status: { berlanjut: t('innovation.status.berlanjut'), vakum: t('innovation.status.vakum') },
      digital: { yes: t('innovation.digital.yes'), no: t('innovation.digital.no') },
      replicatedBy: (count: number) => t('innovation.replicatedBy', { count }),
    }),
    [t, i18n.language],
  );
}
