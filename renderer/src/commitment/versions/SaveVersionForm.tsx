/** A member editor keeps the commitment as it is now under a name: "Draf 1 setelah FGD". */
import { Box, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconBookmark } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveCommitmentVersion, VersionName } from '../../../../shared/model/commitment';
import { useMessageText } from '../../app/use-message';
import { issueMessage } from '../../catalog/form-errors';
import { newCommitmentEntryId } from '../items/item-values';
import { useCommitmentCommand } from '../items/use-commitment-command';
import type { CommitmentView } from '../use-commitment';

export function SaveVersionForm({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const run = useCommitmentCommand(view);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = VersionName.safeParse(name);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue ? messageText(issueMessage(issue)) : undefined);
      event.currentTarget.querySelector('input')?.focus();
      return;
    }
    setError(undefined);
    const id = newCommitmentEntryId('versi');
    const saved = run((doc, ctx) => saveCommitmentVersion(doc, id, parsed.data, ctx), {
      failed: t('commitmentVersions.saveFailed'),
      done: t('commitmentVersions.saved', { name: parsed.data }),
    });
    if (saved) setName('');
  };

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="simpan-versi">
      <Stack gap="xs">
        <Title order={2} size="h4" id="simpan-versi">
          {t('commitmentVersions.saveTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('commitmentVersions.saveIntro')}
        </Text>
        <Box
          component="form"
          onSubmit={submit}
          noValidate
          aria-labelledby="simpan-versi"
          style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' }}
        >
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('commitmentVersions.name')}
              placeholder={t('commitmentVersions.namePlaceholder')}
              withAsterisk
              value={name}
              error={error}
              onChange={(event) => {
                setName(event.currentTarget.value);
                if (error !== undefined) {
                  const parsed = VersionName.safeParse(event.currentTarget.value);
                  const issue = parsed.success ? undefined : parsed.error.issues[0];
                  setError(issue ? messageText(issueMessage(issue)) : undefined);
                }
              }}
              style={{ flex: '1 1 240px' }}
            />
            <Button type="submit" leftSection={<IconBookmark size={16} />} mt={{ base: 0, xs: 25 }}>
              {t('commitmentVersions.save')}
            </Button>
          </Group>
        </Box>
      </Stack>
    </Paper>
  );
}
