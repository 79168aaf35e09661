/**
 * Settings → Desktop (only in the desktop app): backup and restore of this device's data, diagnostic
 * info for support, the update feed, and the upstream hub. Everything goes through the bridge.
 */
import { Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconClipboardCopy, IconRefresh, IconRestore } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DesktopApi,
  type DesktopSettings,
  DesktopSettingsSchema,
  type IpcResult,
} from '../../../shared/ipc/contract';
import { useSession } from '../app/session';
import { SettingsSection } from '../settings/SettingsSection';
import { showDesktopError, showSaved } from './feedback';
import { HubStatus } from './HubStatus';

export function DesktopSection() {
  const { host } = useSession();
  if (host.kind !== 'electron' || host.desktop === undefined) return null;
  return <DesktopSettingsBody desktop={host.desktop} />;
}

function DesktopSettingsBody({ desktop }: { desktop: DesktopApi }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [settings, setSettings] = useState<DesktopSettings | null>(null);

  useEffect(() => {
    void desktop['settings.get']({}).then((result) => {
      if (result.ok) setSettings(result.value);
      else showDesktopError(result.error);
    });
  }, [desktop]);

  /** Runs one call with its button spinning; the value goes to `then` only when it succeeded. */
  const run = <T,>(name: string, call: () => Promise<IpcResult<T>>, then: (value: T) => void) => {
    setBusy(name);
    void call()
      .then((result) => (result.ok ? then(result.value) : showDesktopError(result.error)))
      .finally(() => setBusy(null));
  };

  return (
    <SettingsSection title={t('desktop.title')} hint={t('desktop.hint')}>
      <Stack gap="xs">
        <Text size="sm">{t('desktop.backup.hint')}</Text>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconArchive size={16} />}
            loading={busy === 'backup'}
            onClick={() =>
              run(
                'backup',
                () => desktop['backup.create']({}),
                (value) => value.saved && showSaved(value.path),
              )
            }
          >
            {t('desktop.backup.create')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconRestore size={16} />}
            loading={busy === 'restore'}
            onClick={() =>
              run(
                'restore',
                () => desktop['backup.restore']({}),
                (value) =>
                  value.restored &&
                  notifications.show({
                    color: 'teal',
                    message: t('desktop.backup.restored', { path: value.keptCopy }),
                  }),
              )
            }
          >
            {t('desktop.backup.restore')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconClipboardCopy size={16} />}
            loading={busy === 'diagnostics'}
            onClick={() =>
              run(
                'diagnostics',
                () => desktop['diagnostics.copy']({}),
                () => notifications.show({ color: 'teal', message: t('desktop.diagnostics.copied') }),
              )
            }
          >
            {t('desktop.diagnostics.copy')}
          </Button>
        </Group>
      </Stack>
      <Divider />
      {settings === null ? (
        <Text size="sm" c="dimmed">
          {t('desktop.settings.loading')}
        </Text>
      ) : (
        <DesktopSettingsForm
          initial={settings}
          hubStatus={<HubStatus desktop={desktop} hubUrl={settings.hubUrl} />}
          saving={busy === 'settings'}
          checking={busy === 'updates'}
          onSave={(next) =>
            run(
              'settings',
              () => desktop['settings.set'](next),
              (saved) => {
                setSettings(saved);
                notifications.show({ color: 'teal', message: t('desktop.settings.saved') });
              },
            )
          }
          onCheck={() =>
            run(
              'updates',
              () => desktop['updates.check']({}),
              (value) =>
                notifications.show({
                  color: value.status === 'off' ? 'gray' : 'teal',
                  message: t(`desktop.updates.${value.status}`, { version: value.version ?? '' }),
                }),
            )
          }
        />
      )}
    </SettingsSection>
  );
}

function DesktopSettingsForm({
  initial,
  hubStatus,
  saving,
  checking,
  onSave,
  onCheck,
}: {
  initial: DesktopSettings;
  /** How the saved hub is doing, under its fields. */
  hubStatus: ReactNode;
  saving: boolean;
  checking: boolean;
  onSave: (settings: DesktopSettings) => void;
  onCheck: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const parsed = DesktopSettingsSchema.safeParse(values);
  const wrong = (key: keyof DesktopSettings) =>
    submitted && !parsed.success && parsed.error.issues.some((issue) => issue.path[0] === key);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (parsed.success) onSave(parsed.data);
  };
  const field = (key: keyof DesktopSettings) => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      setValues({ ...values, [key]: event.currentTarget.value.trim() }),
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            flex={1}
            label={t('desktop.updates.url')}
            description={t('desktop.updates.urlHint')}
            placeholder="https://"
            error={wrong('updateUrl') ? t('desktop.updates.urlInvalid') : undefined}
            {...field('updateUrl')}
          />
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            loading={checking}
            disabled={initial.updateUrl === ''}
            onClick={onCheck}
          >
            {t('desktop.updates.check')}
          </Button>
        </Group>
        <TextInput
          label={t('desktop.hub.url')}
          description={t('desktop.hub.urlHint')}
          placeholder="https://"
          error={wrong('hubUrl') ? t('desktop.hub.urlInvalid') : undefined}
          {...field('hubUrl')}
        />
        <PasswordInput label={t('desktop.hub.token')} {...field('hubToken')} />
        {hubStatus}
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('desktop.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
