import { createSystem, defaultConfig, defineConfig } from '@chakra-ui/react';

// No web fonts: the app runs offline and under a CSP that allows only its own origin.
const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';
const MONO_FONTS = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

// The brand palette picks shades that keep text on solid buttons at WCAG AA contrast in both modes.
const config = defineConfig({
  theme: {
    tokens: {
      fonts: {
        heading: { value: SYSTEM_FONTS },
        body: { value: SYSTEM_FONTS },
        mono: { value: MONO_FONTS },
      },
    },
    semanticTokens: {
      colors: {
        brand: {
          solid: { value: { _light: '{colors.teal.700}', _dark: '{colors.teal.300}' } },
          contrast: { value: { _light: 'white', _dark: '{colors.teal.950}' } },
          fg: { value: { _light: '{colors.teal.700}', _dark: '{colors.teal.300}' } },
          muted: { value: { _light: '{colors.teal.100}', _dark: '{colors.teal.900}' } },
          subtle: { value: { _light: '{colors.teal.50}', _dark: '{colors.teal.950}' } },
          emphasized: { value: { _light: '{colors.teal.200}', _dark: '{colors.teal.800}' } },
          focusRing: { value: { _light: '{colors.teal.600}', _dark: '{colors.teal.400}' } },
        },
      },
    },
  },
  globalCss: {
    'html, body, #root': { minHeight: '100%' },
    body: { bg: 'bg', color: 'fg' },
  },
});

export const system = createSystem(defaultConfig, config);
