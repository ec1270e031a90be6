export * from './primitives';
export { UiProvider } from './provider';
export { ColorModeButton, ColorModeProvider, useColorMode } from './color-mode';
export { Toaster, notifyError, notifySuccess, toaster } from './toaster';
export { FormField, type FormFieldProps } from './field';
export { PasswordInput } from './password-input';
export { AppDialog, type AppDialogProps } from './dialog';
export { ErrorPanel, FormAlert, type ErrorPanelProps } from './error-panel';
export { NavItemLink, RouterLink, type NavItemLinkProps, type RouterLinkProps } from './router-link';
