/** The four roles as cards, each with one line on what the role does. */
import { Radio, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Role } from '../../../shared/model/identity';
import { ChoiceCard } from './ChoiceCard';

/** The most common role first: most people fill in their own region's data. */
const ROLE_ORDER = [
  'regionEditor',
  'coordinator',
  'facilitator',
  'viewer',
] as const satisfies readonly Role[];

export interface RoleChoiceProps {
  value: Role;
  onChange: (role: Role) => void;
}

export function RoleChoice({ value, onChange }: RoleChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('profile.role')}
      value={value}
      onChange={(next) => {
        const parsed = Role.safeParse(next);
        if (parsed.success) onChange(parsed.data);
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="xs">
        {ROLE_ORDER.map((role) => (
          <ChoiceCard key={role} value={role} title={t(`role.${role}`)} description={t(`roleHint.${role}`)} />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
