/**
 * The "Ekspor" button on a document's page (a plan, a commitment, an FGD session): a menu headed by
 * `heading` whose items are the caller's (print, then the downloads), spinning while one is made.
 */
import { Button, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function DocumentExportMenu({
  icon,
  label,
  heading,
  busy,
  onOpen,
  children,
}: {
  icon: ReactNode;
  label: string;
  heading: string;
  busy: boolean;
  /** Starts loading what the downloads need while the person picks one. */
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    <Menu position="bottom-end" shadow="md" withinPortal onOpen={onOpen}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={icon}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{heading}</Menu.Label>
        {children}
      </Menu.Dropdown>
    </Menu>
  );
}
