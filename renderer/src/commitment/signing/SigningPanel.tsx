/**
 * The "Penandatanganan" tab: a region editor of a member region signs the final text for their own
 * region (and only it); everyone follows the signing board live.
 */
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';
import type { CommitmentView } from '../use-commitment';
import { SignForm } from './SignForm';
import { SigningBoardView } from './SigningBoardView';

export function SigningPanel({ view }: { view: CommitmentView }) {
  return (
    <Stack gap="xl">
      <OwnSignature view={view} />
      <SigningBoardView view={view} />
    </Stack>
  );
}

/** What this person can do about a signature: sign for their region, see that they did, or why not. */
function OwnSignature({ view }: { view: CommitmentView }) {
  const { t, i18n } = useTranslation();
  const commitment = view.commitment;
  if (!commitment) return null;
  const code = view.signingRegion;
  if (code === null) {
    return (
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
        <Text size="sm">{t('commitmentSigning.onlyRegionEditors')}</Text>
      </Alert>
    );
  }
  const region = regionLabel(code);
  const own = view.board.regions.find((entry) => entry.code === code);
  const signature = own?.signature ?? null;
  const state = own?.state ?? 'pending';

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="own-signature-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="own-signature-title">
          {t('commitmentSigning.title', { region })}
        </Title>
        {commitment.status !== 'final' ? (
          <Alert variant="light" color="gray" icon={<IconClockHour4 size={18} />}>
            <Text size="sm">{t('commitmentSigning.notFinal')}</Text>
          </Alert>
        ) : state === 'signed' && signature ? (
          <Alert variant="light" color="teal" icon={<IconCircleCheck size={18} />} data-testid="own-signed">
            <Text size="sm" fw={600}>
              {t('commitmentSigning.signed', {
                official: signature.official,
                position: signature.position,
                time: formatDateTime(signature.signed.at, i18n.language),
              })}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace" mt={4} style={{ wordBreak: 'break-all' }}>
              {t('commitmentSigning.signedHash', { hash: signature.hash })}
            </Text>
          </Alert>
        ) : (
          <>
            {state === 'outdated' && (
              <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />}>
                <Text size="sm" fw={600}>
                  {t('commitmentSigning.outdated')}
                </Text>
              </Alert>
            )}
            <SignForm view={view} regionCode={code} previous={signature} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
