/** Hub address and token, "Uji koneksi", and what the test found, with what to do about it. */
import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hubCheckMessage, normaliseHubUrl } from '../sync/hub-check';
import type { HubDraftControl } from './use-hub-draft';

export interface HubFieldsProps {
  control: HubDraftControl;
  /** The person tried to go on without a passed test: say why they cannot. */
  showTestNeeded: boolean;
}

export function HubFields({ control, showTestNeeded }: HubFieldsProps) {
  const { t } = useTranslation();
  const { draft, result } = control;
  const resolved = normaliseHubUrl(draft.address);
  const testing = draft.test.phase === 'testing';
  const canTest = draft.address.trim() !== '' && !testing;
  return (
    <Stack gap="sm">
      <TextInput
        label={t('hub.address')}
        placeholder={t('hub.addressPlaceholder')}
        description={resolved ? t('hub.addressResolved', { url: resolved }) : t('hub.addressHint')}
        value={draft.address}
        onChange={(event) => control.setAddress(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && canTest) control.runTest();
        }}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <PasswordInput
        label={t('hub.token')}
        description={t('hub.tokenHint')}
        value={draft.token}
        onChange={(event) => control.setToken(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && canTest) control.runTest();
        }}
        autoComplete="off"
        maxLength={512}
      />
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlugConnected size={18} />}
          onClick={control.runTest}
          loading={testing}
          disabled={!canTest}
        >
          {t('hub.test')}
        </Button>
      </Group>
      {result?.ok === true && (
        <Alert color="teal" icon={<IconCircleCheck />} title={t('hubCheck.okTitle')} role="status">
          {t(hubCheckMessage(result))}
        </Alert>
      )}
      {result?.ok === false && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('hubCheck.failTitle')}>
          {t(hubCheckMessage(result))}
        </Alert>
      )}
      {result === null && !testing && showTestNeeded && (
        <Alert color="orange" icon={<IconAlertTriangle />}>
          {t('hub.testNeeded')}
        </Alert>
      )}
    </Stack>
  );
}
