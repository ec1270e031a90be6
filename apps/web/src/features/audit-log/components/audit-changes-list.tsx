import { LuArrowRight } from 'react-icons/lu';
import { Box, Grid, Text } from '@/components/ui';
import { formatAuditValue, type FieldChange } from '../lib/audit-changes';

function Value({ value }: { value: unknown }) {
  const text = formatAuditValue(value);
  const isEmpty = value === null || value === undefined || value === '';
  return (
    <Text
      as="span"
      color={isEmpty ? 'fg.subtle' : 'fg'}
      fontStyle={isEmpty ? 'italic' : 'normal'}
      wordBreak="break-word"
    >
      {text}
    </Text>
  );
}

/** Each changed field as "old → new"; entries that record only a value show just that. */
export function AuditChangesList({ changes }: { changes: FieldChange[] }) {
  return (
    <Grid as="dl" templateColumns={{ base: '1fr', md: 'minmax(8rem, max-content) 1fr' }} columnGap="4" rowGap="2" m="0">
      {changes.map((change) => (
        <Box key={change.field} display="contents">
          <Box as="dt">
            <Text as="span" fontFamily="mono" textStyle="sm" color="fg.muted">
              {change.field}
            </Text>
          </Box>
          <Box as="dd" m="0" display="flex" gap="2" alignItems="baseline" flexWrap="wrap">
            {change.old !== undefined && (
              <>
                <Value value={change.old} />
                <LuArrowRight aria-label="changed to" />
              </>
            )}
            <Value value={change.new} />
          </Box>
        </Box>
      ))}
    </Grid>
  );
}
