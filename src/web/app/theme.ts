import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Darker primary shade and automatic text contrast keep links, buttons and filled badges at WCAG AA.
  primaryShade: { light: 8, dark: 7 },
  autoContrast: true,
  // Mantine's transitions (drawers, dialogs, menus) take no time when the OS asks for reduced motion.
  respectReducedMotion: true,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  components: {
    Tooltip: { defaultProps: { openDelay: 300 } },
    // A dialog's <header> is not the page's banner landmark (axe landmark-no-duplicate-banner).
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' }, attributes: { header: { role: 'none' } } } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' }, attributes: { header: { role: 'none' } } } },
  },
});

/** Filled orange and red (shadowing, stuck, delete) dark enough for white text at 4.5:1. */
const FILLED = {
  '--mantine-color-orange-filled': '#b54708',
  '--mantine-color-orange-filled-hover': '#93370d',
  '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
  '--mantine-color-red-filled-hover': '#a51d1d',
};

/** Mantine's default "dimmed" grey is under 4.5:1 on white for small text; this one passes WCAG AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...FILLED,
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Light-variant text (badges, alerts) one or two shades darker, for 4.5:1 on its tinted background.
    ...Object.fromEntries(
      ['red', 'grape', 'gray', 'indigo', 'blue'].map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`]),
    ),
    // ... and their hover background (subtle and light buttons) one shade paler: shade 2 gives 4.1:1 only.
    ...Object.fromEntries(
      ['red', 'grape', 'gray', 'indigo', 'blue'].map((c) => [`--mantine-color-${c}-light-hover`, `var(--mantine-color-${c}-1)`]),
    ),
    '--mantine-color-yellow-light-color': '#6b4f00',
    '--mantine-color-teal-light-color': '#05553e',
    '--mantine-color-green-light-color': '#1f5c22',
    '--mantine-color-orange-light-color': '#9a3a00',
    '--mantine-color-orange-text': '#9a3a00',
    // Field errors (red text under inputs) at 4.5:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {
    ...FILLED,
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    // Links stay at 4.5:1 on the dark body and on the tinted alerts (orange, red) they sit in.
    '--mantine-color-anchor': 'var(--mantine-color-indigo-2)',
  },
});
