/**
 * A region editor signs the final text for their own region — the region is fixed, not chosen: the
 * official's name and position, the full hash of the text being signed, and a statement to tick.
 */
import { Autocomplete, Box, Button, Checkbox, Code, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Signature, SignatureFields, signCommitment } from '../../../../shared/model/commitment';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import { useRegionCommand } from '../../app/use-region-command';
import { inputId } from '../../catalog/form-parts';
import { regionLabel } from '../../data/catalog-store';
import { useCheckedForm } from '../../replication/plan/use-checked-form';
import type { CommitmentView } from '../use-commitment';

const POSITIONS = [
  'Bupati',
  'Wali Kota',
  'Wakil Bupati',
  'Wakil Wali Kota',
  'Sekretaris Daerah',
  'Kepala Dinas Komunikasi dan Informatika',
  'Kepala Badan Perencanaan Pembangunan Daerah',
];

interface SignValues {
  official: string;
  position: string;
}

export function SignForm({
  view,
  regionCode,
  previous,
}: {
  view: CommitmentView;
  regionCode: string;
  /** The region's signature of an earlier text, whose signer most likely signs again. */
  previous: Signature | null;
}) {
  const { t } = useTranslation();
  const { ctx } = useSession();
  const inRegion = useRegionCommand();
  const notifyRefusal = useNotifyRefusal();
  const [agreed, setAgreed] = useState(false);
  const [agreeError, setAgreeError] = useState(false);
  const form = useCheckedForm<SignValues, typeof SignatureFields>(
    () => ({ official: previous?.official ?? '', position: previous?.position ?? '' }),
    SignatureFields,
    (values) => ({ official: values.official.trim(), position: values.position.trim() }),
  );
  const region = regionLabel(regionCode);
  const hash = view.commitment?.hash ?? '';
  const id = (key: string) => inputId(`commitmentSigning.${key}`);

  const submit = form.submit((fields) => {
    if (!agreed) {
      setAgreeError(true);
      document.getElementById(id('agree'))?.focus();
      return;
    }
    const result = inRegion(regionCode, (doc) =>
      signCommitment(doc, regionCode, view.id, view.synced.doc, fields, ctx),
    );
    if (!result.ok) return notifyRefusal(t('commitmentSigning.failed'), result.error);
    notifications.show({ color: 'teal', message: t('commitmentSigning.done', { region }) });
  });

  return (
    <Box
      component="form"
      ref={form.formRef}
      onSubmit={submit}
      noValidate
      aria-label={t('commitmentSigning.formLabel', { region })}
      // Mantine's default error red is too light for small text on white (WCAG contrast).
      style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' }}
    >
      <Stack gap="md">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('commitmentSigning.regionLabel')}
          </Text>
          <Text size="lg" fw={700} data-testid="signing-region">
            {region}
          </Text>
        </Stack>
        <TextInput
          id={id('official')}
          label={t('commitmentSigning.official')}
          description={t('commitmentSigning.officialHint')}
          placeholder={t('commitmentSigning.officialPlaceholder')}
          withAsterisk
          autoComplete="name"
          {...form.text('official')}
        />
        <Autocomplete
          id={id('position')}
          label={t('commitmentSigning.position')}
          placeholder={t('commitmentSigning.positionPlaceholder')}
          withAsterisk
          data={POSITIONS}
          value={form.values.position}
          onChange={(position) => form.update({ position })}
          error={form.errorAt('position')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('commitmentSigning.hashLabel')}
          </Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'normal' }} data-testid="signing-hash">
            {hash}
          </Code>
        </Stack>
        <Checkbox
          id={id('agree')}
          checked={agreed}
          onChange={(event) => {
            setAgreed(event.currentTarget.checked);
            if (event.currentTarget.checked) setAgreeError(false);
          }}
          label={t('commitmentSigning.agree', { region })}
          error={agreeError ? t('commitmentSigning.agreeRequired') : undefined}
          aria-required
        />
        <Box>
          <Button
            type="submit"
            leftSection={<IconSignature size={18} aria-hidden="true" />}
            // The region's name makes the label long; on a phone it wraps instead of overflowing.
            h="auto"
            mih={36}
            py={6}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.3 } }}
          >
            {t('commitmentSigning.submit', { region })}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
