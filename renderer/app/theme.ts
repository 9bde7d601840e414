import { createTheme } from '@mantine/core';

// Vazirmatn is bundled (npm `vazirmatn`, SIL OFL), never loaded from a CDN.
export const theme = createTheme({
  fontFamily: 'Vazirmatn, Tahoma, sans-serif',
  headings: { fontFamily: 'Vazirmatn, Tahoma, sans-serif' },
  primaryColor: 'teal',
  defaultRadius: 'md',
});
