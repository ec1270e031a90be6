import { useId, type ReactNode } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { LuPlus, LuTrash2 } from 'react-icons/lu';
import { Box, Button, Grid, HStack, IconButton, Input, MoneyText, Stack, Text } from '@/components/ui';
import { formFieldsFor } from '@/components/ui/form-fields';
import { EMPTY_ITEM, type OrderFormValues } from '../lib/order-form';
import { computeOrderTotals, minorToDecimal } from '../lib/order-totals';

const { TextField } = formFieldsFor<OrderFormValues>();

const COLUMNS = {
  base: 'minmax(0, 1fr) minmax(0, 1fr)',
  md: 'minmax(0, 3fr) minmax(0, 1.5fr) 6rem minmax(0, 1.5fr) minmax(0, 1.5fr) 2.5rem',
};

type ItemField = 'product_name' | 'sku' | 'quantity' | 'unit_price';

function ItemInput({
  index,
  field,
  label,
  ...input
}: {
  index: number;
  field: ItemField;
  label: string;
  inputMode?: 'decimal' | 'numeric';
  textAlign?: 'end';
  placeholder?: string;
}) {
  const {
    register,
    formState: { errors },
  } = useFormContext<OrderFormValues>();
  const errorId = useId();
  const error = errors.items?.[index]?.[field]?.message;
  return (
    <Stack gap="1" gridColumn={field === 'product_name' ? { base: 'span 2', md: 'auto' } : undefined}>
      <Text as="span" textStyle="xs" color="fg.muted" display={{ base: 'block', md: 'none' }} aria-hidden>
        {label}
      </Text>
      <Input
        size="sm"
        autoComplete="off"
        aria-label={`${label}, line ${String(index + 1)}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...input}
        {...register(`items.${index}.${field}`)}
      />
      {error && (
        <Text id={errorId} textStyle="xs" color="fg.error">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function TotalRow({ label, children, isStrong = false }: { label: string; children: ReactNode; isStrong?: boolean }) {
  return (
    <HStack
      justify="space-between"
      gap="6"
      fontWeight={isStrong ? 'semibold' : undefined}
      textStyle={isStrong ? 'lg' : undefined}
    >
      <Text color={isStrong ? undefined : 'fg.muted'}>{label}</Text>
      {children}
    </HStack>
  );
}

/**
 * The order's lines (product, SKU, quantity, unit price) with add and remove, and the totals under
 * them: each line's total, subtotal, tax, discount and total follow every keystroke, in minor units.
 */
export function LineItemsEditor({ currency }: { currency: string | undefined }) {
  const { control, formState } = useFormContext<OrderFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const [items, taxAmount, discountAmount] = useWatch({ control, name: ['items', 'tax_amount', 'discount_amount'] });
  const totals = computeOrderTotals({ items, tax_amount: taxAmount, discount_amount: discountAmount });
  const listError = formState.errors.items?.message ?? formState.errors.items?.root?.message;
  const money = (minor: bigint, testId: string) => (
    <MoneyText amount={minorToDecimal(minor)} currency={currency} data-testid={testId} />
  );

  return (
    <Stack gap="4">
      <Grid templateColumns={COLUMNS} gap="3" display={{ base: 'none', md: 'grid' }} aria-hidden>
        {['Product', 'SKU', 'Quantity', 'Unit price', 'Line total', ''].map((header, column) => (
          <Text
            key={header || column}
            textStyle="sm"
            fontWeight="medium"
            color="fg.muted"
            textAlign={column >= 2 && column <= 4 ? 'end' : undefined}
          >
            {header}
          </Text>
        ))}
      </Grid>
      <Stack gap="3" as="ol" listStyleType="none" m="0" p="0" aria-label="Order items">
        {fields.map((field, index) => {
          const line = totals.lines[index] ?? null;
          return (
            <Grid
              as="li"
              key={field.id}
              templateColumns={COLUMNS}
              gap="3"
              alignItems="start"
              pb={{ base: '3', md: '0' }}
              borderBottomWidth={{ base: '1px', md: '0' }}
            >
              <ItemInput index={index} field="product_name" label="Product" placeholder="Product or service" />
              <ItemInput index={index} field="sku" label="SKU" placeholder="Optional" />
              <ItemInput index={index} field="quantity" label="Quantity" inputMode="numeric" textAlign="end" />
              <ItemInput
                index={index}
                field="unit_price"
                label="Unit price"
                inputMode="decimal"
                textAlign="end"
                placeholder="0.00"
              />
              <Box textAlign="end" pt={{ base: '0', md: '1.5' }} aria-label={`Line total, line ${String(index + 1)}`}>
                <Text as="span" textStyle="xs" color="fg.muted" display={{ base: 'inline', md: 'none' }} mr="2">
                  Line total
                </Text>
                {line === null ? (
                  <Text as="span" color="fg.subtle">
                    —
                  </Text>
                ) : (
                  money(line, `line-total-${String(index)}`)
                )}
              </Box>
              <IconButton
                size="sm"
                variant="ghost"
                aria-label={`Remove line ${String(index + 1)}`}
                onClick={() => remove(index)}
                disabled={fields.length === 1}
              >
                <LuTrash2 />
              </IconButton>
            </Grid>
          );
        })}
      </Stack>
      {listError && (
        <Text color="fg.error" textStyle="sm">
          {listError}
        </Text>
      )}
      <Box>
        <Button size="sm" variant="outline" onClick={() => append({ ...EMPTY_ITEM })}>
          <LuPlus aria-hidden /> Add item
        </Button>
      </Box>
      <Stack
        gap="2"
        alignSelf={{ base: 'stretch', md: 'flex-end' }}
        minW={{ md: '80' }}
        aria-label="Order totals"
        role="group"
      >
        <TotalRow label="Subtotal">{money(totals.subtotal, 'order-subtotal')}</TotalRow>
        {totals.isIncomplete && (
          <Text textStyle="xs" color="fg.muted" textAlign="end">
            Lines without a valid quantity and price are not counted yet.
          </Text>
        )}
        <TextField
          name="tax_amount"
          label="Tax"
          optional
          startElement={currency}
          inputMode="decimal"
          placeholder="0.00"
          textAlign="end"
          size="sm"
        />
        <TextField
          name="discount_amount"
          label="Discount"
          optional
          startElement={currency}
          inputMode="decimal"
          placeholder="0.00"
          textAlign="end"
          size="sm"
        />
        <TotalRow label="Total" isStrong>
          {money(totals.total, 'order-total')}
        </TotalRow>
      </Stack>
    </Stack>
  );
}
