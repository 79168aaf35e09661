/** Who has the area open right now, from awareness: initials in their colour, name and region on hover. */
import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePresence } from '../app/hooks';
import { regionLabel } from '../data/catalog-store';

const MAX_SHOWN = 5;

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (
    (words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')
  ).toUpperCase();
}

export function PresenceAvatars() {
  const { t } = useTranslation();
  const people = usePresence();
  const shown = people.slice(0, MAX_SHOWN);
  const rest = people.length - shown.length;
  return (
    <Group
      gap={8}
      wrap="nowrap"
      aria-label={t('shell.online', { count: people.length })}
      data-testid="presence"
    >
      <Tooltip.Group openDelay={200} closeDelay={100}>
        <Avatar.Group spacing="sm">
          {shown.map((person) => {
            const where = person.region ? regionLabel(person.region) : t(`role.${person.role}`);
            const label = person.self
              ? t('presence.you', { name: person.name, where })
              : `${person.name} · ${where}`;
            return (
              <Tooltip key={person.clientId} label={label} withArrow>
                <Avatar
                  size={32}
                  radius="xl"
                  color={person.color}
                  variant="filled"
                  aria-label={label}
                  data-person={person.name}
                >
                  {initials(person.name)}
                </Avatar>
              </Tooltip>
            );
          })}
          {rest > 0 && (
            <Avatar size={32} radius="xl" aria-label={t('presence.more', { count: rest })}>
              +{rest}
            </Avatar>
          )}
        </Avatar.Group>
      </Tooltip.Group>
      <Text size="sm" c="dimmed" className="online" visibleFrom="md">
        {t('shell.online', { count: people.length })}
      </Text>
    </Group>
  );
}
