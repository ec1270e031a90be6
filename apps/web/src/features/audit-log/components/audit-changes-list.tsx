import { LuArrowRight } from 'react-icons/lu';
import { Box, Grid, Text } from '@/components/ui';
import { fieldLabel, formatFieldValue, useValueFormat, type ValueFormat } from '@/features/activities';
import type { FieldChange } from '../lib/audit-changes';

function Value({ field, value, format }: { field: string; value: unknown; format: ValueFormat }) {
  const isEmpty = value === null || value === undefined || value === '';
  return (
    <Text
      as="span"
      color={isEmpty ? 'fg.subtle' : 'fg'}
      fontStyle={isEmpty ? 'italic' : 'normal'}
      wordBreak="break-word"
    >
      {formatFieldValue(field, value, format)}
    </Text>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Each changed field by its name as "old → new", money and dates formatted; entries that record only a value show just that. */
export function AuditChangesList({ changes }: { changes: FieldChange[] }) {
  const format = useValueFormat();
  return (
    <Grid as="dl" templateColumns={{ base: '1fr', md: 'minmax(8rem, max-content) 1fr' }} columnGap="4" rowGap="2" m="0">
      {changes.map((change) => (
        <Box key={change.field} display="contents">
          <Box as="dt">
            <Text as="span" textStyle="sm" color="fg.muted">
              {capitalize(fieldLabel(change.field))}
            </Text>
          </Box>
          <Box as="dd" m="0" display="flex" gap="2" alignItems="baseline" flexWrap="wrap">
            {change.old !== undefined && (
              <>
                <Value field={change.field} value={change.old} format={format} />
                <LuArrowRight aria-label="changed to" />
              </>
            )}
            <Value field={change.field} value={change.new} format={format} />
          </Box>
        </Box>
      ))}
    </Grid>
  );
}
