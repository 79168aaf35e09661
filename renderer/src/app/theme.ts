/**
 * Mantine theme: the brand's deep green, system fonts, sizes that stay legible on a 1024×768
 * projector. One place for colours so every screen agrees.
 */
import { createTheme, type MantineColorsTuple } from '@mantine/core';

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

export const theme = createTheme({
  primaryColor: 'rembug',
  primaryShade: 7,
  colors: { rembug: rembugGreen },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
