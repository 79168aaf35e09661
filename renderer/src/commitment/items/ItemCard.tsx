/**
 * One commitment item: what is committed, the regions that lead and support it, and the follow-up
 * steps. Editors get buttons to move it within its dimension, change it and remove it.
 */
import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { regionLabel } from '../../data/catalog-store';
import type { ItemInput } from './item-values';
import classes from './items.module.css';

export interface ItemCardProps {
  item: ItemInput & { id: string };
  canEdit: boolean;
  first: boolean;
  last: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onEdit: () => void;
  onRemove: () => void;
}

function RegionRow({ label, codes, color }: { label: string; codes: readonly string[]; color: string }) {
  const { t } = useTranslation();
  return (
    // The label keeps its column; badges wrap under each other, not under the label.
    <Group gap={6} align="baseline" wrap="nowrap">
      <Text size="sm" fw={600} c="gray.8" className={classes.rowLabel}>
        {label}
      </Text>
      {codes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('commitmentItems.noRegion')}
        </Text>
      ) : (
        <Group gap={6} wrap="wrap" style={{ flex: 1 }}>
          {codes.map((code) => (
            <Badge key={code} variant="light" color={color} c={`${color}.9`} tt="none" radius="sm">
              {regionLabel(code)}
            </Badge>
          ))}
        </Group>
      )}
    </Group>
  );
}

export function ItemCard({ item, canEdit, first, last, onMove, onEdit, onRemove }: ItemCardProps) {
  const { t } = useTranslation();
  const named = { title: item.title };
  return (
    <Paper component="li" withBorder radius="md" p="md" className={classes.item}>
      {/* The buttons sit beside the text, or under it when the screen is too narrow for both. */}
      <Group align="flex-start" justify="space-between" gap="sm" wrap="wrap">
        <Stack gap={8} miw={0} style={{ flex: '1 1 260px' }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Text>
          <RegionRow label={t('commitmentItems.lead')} codes={item.lead} color="rembug" />
          <RegionRow label={t('commitmentItems.supporting')} codes={item.supporting} color="gray" />
          {item.followUps.length > 0 && (
            <Stack gap={2}>
              <Text size="sm" fw={600} c="gray.8">
                {t('commitmentItems.followUps')}
              </Text>
              <ul className={classes.followUps}>
                {item.followUps.map((followUp, index) => (
                  // Follow-ups are plain strings that may repeat; their place tells them apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                  <li key={index}>
                    <Text size="sm">{followUp}</Text>
                  </li>
                ))}
              </ul>
            </Stack>
          )}
        </Stack>
        {canEdit && (
          <Group gap={2} wrap="nowrap" className={classes.actions}>
            <Tooltip label={t('commitmentItems.moveUp', named)}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                disabled={first}
                aria-label={t('commitmentItems.moveUp', named)}
                onClick={() => onMove('up')}
              >
                <IconArrowUp size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('commitmentItems.moveDown', named)}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                disabled={last}
                aria-label={t('commitmentItems.moveDown', named)}
                onClick={() => onMove('down')}
              >
                <IconArrowDown size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('commitmentItems.edit', named)}>
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label={t('commitmentItems.edit', named)}
                onClick={onEdit}
              >
                <IconPencil size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('commitmentItems.remove', named)}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('commitmentItems.remove', named)}
                onClick={onRemove}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
