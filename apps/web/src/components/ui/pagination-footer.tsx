import { LuChevronLeft, LuChevronRight } from 'react-icons/lu';
import { Flex, HStack, IconButton, Text } from './primitives';
import { SelectNative } from './select-native';

export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100] as const;

export interface PaginationFooterProps {
  page: number;
  pageSize: number;
  /** Total number of records across all pages. */
  count: number;
  onPageChange: (page: number) => void;
  onPageSizeChange?: (pageSize: number) => void;
  /** What is being counted, e.g. "deals". */
  itemLabel?: string;
}

/** "26–50 of 130 deals", page size, previous and next: the footer of every server-paginated table. */
export function PaginationFooter({
  page,
  pageSize,
  count,
  onPageChange,
  onPageSizeChange,
  itemLabel = 'records',
}: PaginationFooterProps) {
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  const first = count === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, count);

  return (
    <Flex as="nav" aria-label="Pagination" align="center" justify="space-between" gap="3" wrap="wrap" pt="3">
      <Text textStyle="sm" color="fg.muted" aria-live="polite">
        {first}–{last} of {count} {itemLabel}
      </Text>
      <HStack gap="3">
        {onPageSizeChange && (
          <HStack gap="2">
            <Text id="page-size-label" textStyle="sm" color="fg.muted" whiteSpace="nowrap">
              Rows per page
            </Text>
            <SelectNative
              aria-labelledby="page-size-label"
              size="sm"
              width="20"
              value={String(pageSize)}
              onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
              options={PAGE_SIZE_OPTIONS.map((size) => ({ value: String(size), label: String(size) }))}
            />
          </HStack>
        )}
        <Text textStyle="sm" whiteSpace="nowrap">
          Page {page} of {pageCount}
        </Text>
        <HStack gap="1">
          <IconButton
            size="sm"
            variant="outline"
            aria-label="Previous page"
            disabled={page <= 1}
            onClick={() => onPageChange(page - 1)}
          >
            <LuChevronLeft />
          </IconButton>
          <IconButton
            size="sm"
            variant="outline"
            aria-label="Next page"
            disabled={page >= pageCount}
            onClick={() => onPageChange(page + 1)}
          >
            <LuChevronRight />
          </IconButton>
        </HStack>
      </HStack>
    </Flex>
  );
}
