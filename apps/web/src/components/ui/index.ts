export * from './primitives';
export { UiProvider } from './provider';
export { ColorModeButton, ColorModeProvider, useColorMode } from './color-mode';
export { Toaster, notifyError, notifySuccess, toaster } from './toaster';
export { FormField, type FormFieldProps } from './field';
export { PasswordInput } from './password-input';
export { AppDialog, type AppDialogProps } from './dialog';
export { ErrorPanel, FormAlert, type ErrorPanelProps } from './error-panel';
export { NavItemLink, RouterLink, type NavItemLinkProps, type RouterLinkProps } from './router-link';
export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';
export { DeleteRecordDialog, type DeleteRefusal } from './delete-record-dialog';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ListEmptyState, type ListEmptyStateProps } from './list-empty-state';
export { SelectNative, type SelectNativeProps, type SelectOption } from './select-native';
export { PaginationFooter, PAGE_SIZE_OPTIONS, type PaginationFooterProps } from './pagination-footer';
export { SearchInput, type SearchInputProps } from './search-input';
export { DateTimeText, RelativeTime } from './relative-time';
export { SortableColumnHeader, type SortableColumnHeaderProps } from './sortable-column-header';
export { FeedItem, FeedList, type FeedItemProps } from './feed';
export { SegmentedControl, type SegmentedControlItem, type SegmentedControlProps } from './segmented-control';
export { CheckboxField, type CheckboxFieldProps } from './checkbox-field';
export { StatusBadge, statusLabel, type StatusBadgeProps } from './status-badge';
export { MoneyText, type MoneyTextProps } from './money-text';
export { PageHeader, type PageHeaderProps } from './page-header';
export { LoadErrorPanel, NoAccessPanel, type LoadErrorPanelProps } from './load-error-panel';
export { TableSkeleton } from './table-skeleton';
export {
  DEFAULT_LIST_PAGE_SIZE,
  applyListUrlChange,
  listApiParams,
  listFilterParams,
  parseListUrlState,
  useListUrlState,
  type ListUrlChange,
  type ListUrlConfig,
  type ListUrlFilterRule,
  type ListUrlState,
} from './list-url-state';
export { ContactDetailItems, DetailItem, DetailList, KeyFigure, NotesBlock, TagsDetailItem } from './detail-list';
export { lazyDialog } from './lazy-dialog';
export { WebsiteLink } from './website-link';
export { RoleBadge } from './role-badge';
export { NotFound, type NotFoundProps } from './not-found';
export { MoreMenu, type MoreMenuItem, type MoreMenuProps } from './more-menu';
export { SectionCard, type SectionCardProps } from './section-card';
export { CountBadge, type CountBadgeProps } from './count-badge';
