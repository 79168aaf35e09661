/**
 * Mantine theme: the brand's deep green, system fonts, sizes that stay legible on a 1024×768
 * projector. One place for colours so every screen agrees.
 */
import {
  type CSSVariablesResolver,
  createTheme,
  Drawer,
  type MantineColorsTuple,
  Modal,
  Notification,
} from '@mantine/core';

const rembugGreen: MantineColorsTuple = [
  '#e8f5f0',
  '#d3e9e1',
  '#a6d2c2',
  '#76baa1',
  '#4fa585',
  '#389873',
  '#2a8a67',
  '#1f6b58',
  '#175a49',
  '#0b4739',
];

/**
 * Accessible names, in the UI language, of the close buttons Mantine renders itself: a dialog or
 * drawer that names its own keeps it.
 */
export interface CloseLabels {
  notification: string;
  dialog: string;
}

export const makeTheme = (close: CloseLabels) =>
  createTheme({
    primaryColor: 'rembug',
    primaryShade: 7,
    colors: { rembug: rembugGreen },
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '650' },
    defaultRadius: 'md',
    cursorType: 'pointer',
    components: {
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': close.notification } },
      }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': close.dialog } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': close.dialog } } }),
    },
  });

/**
 * Mantine's "dimmed" grey (gray.6) is 3.3:1 on white, below WCAG AA for body text; secondary text is
 * everywhere here (hints, dates, counts), so it gets gray.7 (about 5:1) app-wide.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[7] ?? '#495057' },
  dark: {},
});
