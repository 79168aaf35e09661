/**
 * The innovation's story as the IID asks for it: design (rancang bangun), goal, benefit, results,
 * and the results in figures (before → after). The summary leads the page header. Parts left empty
 * are not shown.
 */
import { Divider, Paper, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Innovation } from '../../../shared/model/innovation';
import { fieldLabelKey, formatNumber } from './innovation-format';
import { SectionCard } from './SectionCard';

/** Paragraphs as typed: line breaks kept, long words wrapped. */
function Prose({ children }: { children: string }) {
  return (
    <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lh={1.65}>
      {children}
    </Text>
  );
}

/** "3.610 orang": the unit kept on the number's line. */
const amount = (value: number, unit: string) =>
  unit === '' ? formatNumber(value) : `${formatNumber(value)}\u00a0${unit}`;

export function InnovationNarrative({ innovation }: { innovation: Innovation }) {
  const { t } = useTranslation();
  const parts = (['design', 'goal', 'benefit', 'results'] as const).filter(
    (field) => innovation[field] !== '',
  );
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        {parts.length === 0 ? (
          <Text c="dimmed">{t('innovationDetail.noNarrative')}</Text>
        ) : (
          <Stack gap="lg">
            {parts.map((field, index) => (
              <Fragment key={field}>
                {index > 0 && <Divider />}
                <Stack component="section" gap="xs" aria-label={t(fieldLabelKey(field))}>
                  <Title order={2} size="h4">
                    {t(fieldLabelKey(field))}
                  </Title>
                  {field === 'design' ? (
                    <Spoiler
                      maxHeight={240}
                      showLabel={t('innovationDetail.showMore')}
                      hideLabel={t('innovationDetail.showLess')}
                    >
                      <Prose>{innovation.design}</Prose>
                    </Spoiler>
                  ) : (
                    <Prose>{innovation[field]}</Prose>
                  )}
                </Stack>
              </Fragment>
            ))}
          </Stack>
        )}
      </Paper>
      {innovation.figures.length > 0 && (
        <SectionCard title={t(fieldLabelKey('figures'))} gap="sm">
          <Table striped verticalSpacing="xs" aria-label={t(fieldLabelKey('figures'))}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('innovationEdit.figures.label')}</Table.Th>
                <Table.Th ta="right">{t('innovationEdit.figures.before')}</Table.Th>
                <Table.Th ta="right">{t('innovationEdit.figures.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {innovation.figures.map((figure, index) => (
                // Figures have no id; their order is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <Table.Tr key={index}>
                  <Table.Td>{figure.label}</Table.Td>
                  <Table.Td ta="right">{amount(figure.before, figure.unit)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    <Text span c="dimmed" fw={400} aria-hidden="true" mr={6}>
                      →
                    </Text>
                    {amount(figure.after, figure.unit)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SectionCard>
      )}
    </Stack>
  );
}
