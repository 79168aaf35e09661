/**
 * The saved versions, newest first: name, who saved it from which region, when, and its fingerprint.
 * A version whose fingerprint is the one member regions signed says so. Member editors compare a
 * version with the current text or restore it (after a question; not while the text is final).
 */
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconGitCompare, IconSignature } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentVersion } from '../../../../shared/model/commitment';
import { restoreCommitmentVersion } from '../../../../shared/model/commitment-versions';
import { ConfirmModal } from '../../replication/plan/ConfirmModal';
import { useCommitmentCommand } from '../items/use-commitment-command';
import type { CommitmentView } from '../use-commitment';
import { authorLine, formatMoment } from './people';
import classes from './versions.module.css';

export function VersionList({
  view,
  onCompare,
}: {
  view: CommitmentView;
  /** Compare this version with the current text. */
  onCompare: (versionId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const run = useCommitmentCommand(view);
  const [restoring, setRestoring] = useState<CommitmentVersion | null>(null);
  const [confirmOpen, confirm] = useDisclosure(false);
  const versions = useMemo(() => [...(view.commitment?.versions ?? [])].reverse(), [view.commitment]);
  const final = view.commitment?.status === 'final';
  // How many member regions' signatures are on each fingerprint.
  const signedBy = useMemo(() => {
    const counts = new Map<string, number>();
    for (const region of view.board.regions) {
      const hash = region.signature?.hash;
      if (hash !== undefined) counts.set(hash, (counts.get(hash) ?? 0) + 1);
    }
    return counts;
  }, [view.board]);

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="versi-tersimpan">
      <Stack gap="sm">
        <Title order={2} size="h4" id="versi-tersimpan">
          {t('commitmentVersions.listTitle')}
        </Title>
        {view.isMemberEditor && final && versions.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('commitmentVersions.restoreFinal')}
          </Text>
        )}
        {versions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {view.isMemberEditor ? t('commitmentVersions.empty') : t('commitmentVersions.emptyReader')}
          </Text>
        ) : (
          <ul className={classes.versions} aria-label={t('commitmentVersions.listLabel')}>
            {versions.map((version) => {
              const signed = signedBy.get(version.hash) ?? 0;
              return (
                <li key={version.id} className={classes.version}>
                  <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
                    <Stack gap={4} miw={0} style={{ flex: '1 1 260px' }}>
                      <Group gap="xs" wrap="wrap">
                        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {version.name}
                        </Text>
                        {signed > 0 && (
                          <Badge
                            variant="light"
                            color="teal"
                            c="teal.9"
                            tt="none"
                            leftSection={<IconSignature size={14} aria-hidden="true" />}
                            title={t('commitmentVersions.signedCount', { count: signed })}
                          >
                            {t('commitmentVersions.signedBadge')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm" c="gray.8">
                        {authorLine(t, version.saved.by)} ·{' '}
                        <time dateTime={version.saved.at}>
                          {formatMoment(version.saved.at, i18n.language)}
                        </time>
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace" title={version.hash}>
                        {t('commitmentVersions.hash', { hash: version.hash.slice(0, 12) })}
                        {signed > 0 && ` · ${t('commitmentVersions.signedCount', { count: signed })}`}
                      </Text>
                      {view.isMemberEditor && version.content.tree === undefined && (
                        <Text size="xs" c="dimmed">
                          {t('commitmentVersions.restoreNoTree')}
                        </Text>
                      )}
                    </Stack>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        variant="default"
                        size="xs"
                        leftSection={<IconGitCompare size={14} />}
                        aria-label={t('commitmentVersions.compareNamed', { name: version.name })}
                        onClick={() => onCompare(version.id)}
                      >
                        {t('commitmentVersions.compareWithCurrent')}
                      </Button>
                      {view.isMemberEditor && version.content.tree !== undefined && (
                        <Button
                          variant="light"
                          size="xs"
                          leftSection={<IconArrowBackUp size={14} />}
                          disabled={final}
                          aria-label={t('commitmentVersions.restoreNamed', { name: version.name })}
                          onClick={() => {
                            setRestoring(version);
                            confirm.open();
                          }}
                        >
                          {t('commitmentVersions.restore')}
                        </Button>
                      )}
                    </Group>
                  </Group>
                </li>
              );
            })}
          </ul>
        )}
      </Stack>
      <ConfirmModal
        opened={confirmOpen}
        title={t('commitmentVersions.restoreTitle')}
        body={t('commitmentVersions.restoreBody', { name: restoring?.name ?? '' })}
        confirmLabel={t('commitmentVersions.restoreConfirm')}
        onConfirm={() => {
          if (!restoring) return;
          run((doc, ctx) => restoreCommitmentVersion(doc, restoring.id, ctx), {
            failed: t('commitmentVersions.restoreFailed'),
            done: t('commitmentVersions.restored', { name: restoring.name }),
          });
        }}
        onClose={confirm.close}
      />
    </Paper>
  );
}
