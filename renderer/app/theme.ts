import { Drawer, Loader, Modal, createTheme } from '@mantine/core';

// Colours are also set in styles/theme.css: without Mantine's runtime <style> tag (CSP), the CSS
// variables there are the ones the browser uses. Keep both in step.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
  focusRing: 'always',
  components: {
    // Scroll locking (react-remove-scroll) injects a <style> tag, which the CSP blocks. The page
    // body never scrolls (the main pane does), so there is nothing to lock.
    // The close button is an icon: give it a name for screen readers (axe button-name).
    // A loader with an aria-label needs a role that allows a name (axe aria-prohibited-attr).
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    Modal: Modal.extend({
      defaultProps: { lockScroll: false, closeButtonProps: { 'aria-label': 'Sluiten' } },
    }),
    Drawer: Drawer.extend({
      defaultProps: { lockScroll: false, closeButtonProps: { 'aria-label': 'Sluiten' } },
    }),
  },
});
