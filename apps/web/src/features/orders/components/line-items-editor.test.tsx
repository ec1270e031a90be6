import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm } from 'react-hook-form';
import { UiProvider } from '@/components/ui';
import { emptyOrderForm, type OrderFormValues } from '../lib/order-form';
import { LineItemsEditor } from './line-items-editor';

function Editor() {
  const methods = useForm<OrderFormValues>({ defaultValues: emptyOrderForm(1) });
  return (
    <UiProvider>
      <FormProvider {...methods}>
        <LineItemsEditor currency="USD" />
      </FormProvider>
    </UiProvider>
  );
}

const totals = () => screen.getByRole('group', { name: 'Order totals' });

async function fillLine(user: ReturnType<typeof userEvent.setup>, line: number, values: [string, string, string]) {
  const [product, quantity, price] = values;
  await user.type(screen.getByRole('textbox', { name: `Product, line ${String(line)}` }), product);
  const quantityBox = screen.getByRole('textbox', { name: `Quantity, line ${String(line)}` });
  await user.clear(quantityBox);
  await user.type(quantityBox, quantity);
  await user.type(screen.getByRole('textbox', { name: `Unit price, line ${String(line)}` }), price);
}

describe('LineItemsEditor', () => {
  it('totals each line and the order in exact cents as you type', async () => {
    const user = userEvent.setup();
    render(<Editor />);

    await fillLine(user, 1, ['Widget', '3', '19.99']);
    expect(screen.getByTestId('line-total-0')).toHaveTextContent('$59.97');
    expect(within(totals()).getByTestId('order-subtotal')).toHaveTextContent('$59.97');
    expect(within(totals()).getByTestId('order-total')).toHaveTextContent('$59.97');

    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await fillLine(user, 2, ['Screws', '7', '0.10']);
    expect(screen.getByTestId('line-total-1')).toHaveTextContent('$0.70');
    expect(screen.getByTestId('order-subtotal')).toHaveTextContent('$60.67');

    await user.type(screen.getByRole('textbox', { name: /^Tax/ }), '5.03');
    await user.type(screen.getByRole('textbox', { name: /^Discount/ }), '0.70');
    expect(screen.getByTestId('order-total')).toHaveTextContent('$65.00');
  });

  it('leaves an unfinished line out and recounts when a line is removed', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await fillLine(user, 1, ['Widget', '2', '10']);
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await fillLine(user, 2, ['Cable', '1', '4.5']);
    await user.type(screen.getByRole('textbox', { name: 'Unit price, line 2' }), '55');

    expect(within(screen.getByLabelText('Line total, line 2')).getByText('—')).toBeInTheDocument();
    expect(screen.getByText(/not counted yet/)).toBeInTheDocument();
    expect(screen.getByTestId('order-subtotal')).toHaveTextContent('$20.00');

    await user.click(screen.getByRole('button', { name: 'Remove line 2' }));
    expect(screen.queryByRole('textbox', { name: 'Product, line 2' })).not.toBeInTheDocument();
    expect(screen.getByTestId('order-total')).toHaveTextContent('$20.00');
    expect(screen.getByRole('button', { name: 'Remove line 1' })).toBeDisabled();
  });
});
