/**
 * A quiet icon button on an entry: the tooltip says what it does, the accessible name says to which
 * entry (so a list of them reads apart to a screen reader).
 */
import { ActionIcon, type MantineColor, type MantineSize, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

export function TooltipAction({
  tip,
  label,
  color = 'gray',
  size,
  disabled,
  onClick,
  children,
}: {
  tip: string;
  label: string;
  color?: MantineColor;
  size?: MantineSize;
  disabled?: boolean;
  onClick: () => void;
  /** The icon. */
  children: ReactNode;
}) {
  return (
    <Tooltip label={tip}>
      <ActionIcon
        variant="subtle"
        color={color}
        size={size}
        disabled={disabled}
        aria-label={label}
        onClick={onClick}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
