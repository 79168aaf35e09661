/**
 * The facts beside the story: who runs it, how it is classified, when, with what budget, whom to
 * contact, where to read more, and its IID evidence. Read as label → value pairs.
 */
import { Anchor, Badge, DataList, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorSet } from '../../../shared/model/evidence';
import type { Innovation } from '../../../shared/model/innovation';
import { useArea } from '../app/hooks';
import { fieldLabelKey, formatDate, formatRupiah } from './innovation-format';
import { SectionCard } from './SectionCard';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function Missing() {
  const { t } = useTranslation();
  return (
    <Text span c="dimmed">
      {t('innovationDetail.notRecorded')}
    </Text>
  );
}

export function InnovationFacts({ innovation }: { innovation: Innovation }) {
  const { t, i18n } = useTranslation();
  const area = useArea();
  const pillarName = (id: string) => area.pillars.find((pillar) => pillar.id === id)?.name ?? id;
  const label = (field: Parameters<typeof fieldLabelKey>[0]) => t(fieldLabelKey(field));
  const date = (value: string | null) => (value === null ? <Missing /> : formatDate(value, i18n.language));
  return (
    <Stack gap="md">
      <SectionCard title={t('innovationDetail.factsTitle')} gap="sm" compact>
        <DataList orientation="vertical" size="sm" gap="sm">
          <Fact label={label('opd')}>{innovation.opd}</Fact>
          <Fact label={t('innovationDetail.initiator')}>
            {t(`innovation.initiatorKind.${innovation.initiatorKind}`)}
            {innovation.initiatorName !== '' && ` — ${innovation.initiatorName}`}
          </Fact>
          <Fact label={label('form')}>{t(`innovation.form.${innovation.form}`)}</Fact>
          <Fact label={label('digital')}>
            {innovation.digital ? t('innovation.digital.yes') : t('innovation.digital.no')}
          </Fact>
          <Fact label={label('urusan')}>{innovation.urusan}</Fact>
          {innovation.urusanIrisan.length > 0 && (
            <Fact label={label('urusanIrisan')}>{innovation.urusanIrisan.join(', ')}</Fact>
          )}
          <Fact label={label('dimensions')}>
            <Group gap={6} mt={2}>
              {innovation.dimensions.map((id) => (
                <Badge key={id} variant="light" radius="sm" tt="none">
                  {pillarName(id)}
                </Badge>
              ))}
            </Group>
          </Fact>
          {innovation.tags.length > 0 && (
            <Fact label={label('tags')}>
              <Group gap={6} mt={2}>
                {innovation.tags.map((tag) => (
                  <Badge key={tag} variant="outline" color="gray" c="gray.8" radius="sm" tt="none">
                    {tag}
                  </Badge>
                ))}
              </Group>
            </Fact>
          )}
          <Fact label={label('trialDate')}>{date(innovation.trialDate)}</Fact>
          <Fact label={label('implementationDate')}>{date(innovation.implementationDate)}</Fact>
          <Fact label={label('budget')}>
            {innovation.budget.amount === null ? <Missing /> : formatRupiah(innovation.budget.amount)}
            {innovation.budget.source !== '' && (
              <Text size="sm" c="dimmed">
                {t('innovationDetail.budgetSource', { source: innovation.budget.source })}
              </Text>
            )}
          </Fact>
        </DataList>
      </SectionCard>

      {innovation.contacts.length > 0 && (
        <SectionCard title={label('contacts')} gap="sm" compact>
          <Stack gap="sm">
            {innovation.contacts.map((contact) => (
              <Stack key={`${contact.name}|${contact.phone}|${contact.email}`} gap={0}>
                <Text size="sm" fw={600}>
                  {contact.name}
                </Text>
                {contact.phone !== '' && (
                  <Anchor size="sm" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
                    {contact.phone}
                  </Anchor>
                )}
                {contact.email !== '' && (
                  <Anchor size="sm" href={`mailto:${contact.email}`} style={{ overflowWrap: 'anywhere' }}>
                    {contact.email}
                  </Anchor>
                )}
              </Stack>
            ))}
          </Stack>
        </SectionCard>
      )}

      {innovation.links.length > 0 && (
        <SectionCard title={label('links')} gap="sm" compact>
          <Stack gap={6}>
            {innovation.links.map((link) => (
              <Anchor
                key={`${link.label}|${link.url}`}
                href={link.url}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
              >
                <Group gap={4} wrap="nowrap" align="flex-start">
                  <span style={{ overflowWrap: 'anywhere' }}>{link.label}</span>
                  <IconExternalLink size={14} style={{ flexShrink: 0, marginTop: 3 }} aria-hidden="true" />
                </Group>
              </Anchor>
            ))}
          </Stack>
        </SectionCard>
      )}

      {innovation.evidence && <EvidenceCard evidence={innovation.evidence} />}
    </Stack>
  );
}

function EvidenceCard({ evidence }: { evidence: NonNullable<Innovation['evidence']> }) {
  const { t } = useTranslation();
  const set = indicatorSet(evidence.setVersion);
  const answers = Object.entries(evidence.answers);
  return (
    <SectionCard title={t('innovationDetail.evidenceTitle')} gap="sm" compact>
      <Text size="xs" c="dimmed">
        {t('innovationDetail.evidenceSet', { version: evidence.setVersion })}
      </Text>
      {answers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('innovationDetail.evidenceNone')}
        </Text>
      ) : (
        <DataList orientation="vertical" size="sm" gap="sm">
          {answers.map(([id, answer]) => {
            const indicator = set?.indicators.find((candidate) => candidate.id === id);
            const level = indicator?.levels.find((candidate) => candidate.score === answer.score);
            return (
              <Fact key={id} label={indicator?.label ?? id}>
                {level?.label ?? t('innovationDetail.evidenceScore', { score: answer.score })}
                {answer.note !== '' && (
                  <Text size="sm" c="dimmed">
                    {answer.note}
                  </Text>
                )}
                {/^https?:\/\//.test(answer.link) && (
                  <Anchor
                    href={answer.link}
                    target="_blank"
                    rel="noopener noreferrer"
                    size="sm"
                    display="block"
                  >
                    {t('innovationDetail.evidenceLink')}
                  </Anchor>
                )}
              </Fact>
            );
          })}
        </DataList>
      )}
    </SectionCard>
  );
}
