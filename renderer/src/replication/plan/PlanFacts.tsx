/** Label → value pairs the read-only parts of a plan share; "Belum dicatat" where nothing is. */
import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
        {children}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

export function NotRecorded() {
  const { t } = useTranslation();
  return (
    <Text span c="dimmed" size="sm">
      {t('plan.notRecorded')}
    </Text>
  );
}

/** The text, or "Belum dicatat" when it is empty. */
export function orNotRecorded(text: string): ReactNode {
  return text === '' ? <NotRecorded /> : text;
}
