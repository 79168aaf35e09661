/** The frame of a plan dialog's form: its inputs, then "Batal" and the save button. */
import { Box, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export function ModalForm({
  formRef,
  label,
  onSubmit,
  onCancel,
  submitLabel,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  /** Accessible name of the form (the dialog's title). */
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="form"
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={label}
      // Mantine's default error red is too light for small text on white (WCAG contrast).
      style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' }}
    >
      <Stack gap="md">
        {children}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('plan.cancel')}
          </Button>
          <Button type="submit">{submitLabel}</Button>
        </Group>
      </Stack>
    </Box>
  );
}
