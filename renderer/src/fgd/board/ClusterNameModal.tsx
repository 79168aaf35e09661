/** Names a new cluster or renames one: one field, saved with Enter or the button. */
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ClusterNameModalProps {
  opened: boolean;
  title: string;
  initial: string;
  onClose: () => void;
  /** Returns whether the name was saved (the dialog stays open on a refusal). */
  onSubmit: (name: string) => boolean;
}

export function ClusterNameModal({ opened, title, initial, onClose, onSubmit }: ClusterNameModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (opened) {
      setName(initial);
      setError(null);
    }
  }, [opened, initial]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setError(t('fgdBoard.cluster.nameRequired'));
    if (onSubmit(trimmed)) onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('fgdBoard.cluster.nameLabel')}
            description={t('fgdBoard.cluster.nameHint')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            maxLength={120}
            data-autofocus
            required
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('fgdBoard.cancel')}
            </Button>
            <Button type="submit">{t('fgdBoard.cluster.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
