import { useNavigate, useParams, useSearchParams } from 'react-router';
import { can, type Order } from '@crm/contracts';
import {
  Alert,
  Button,
  NoAccessPanel,
  NotFound,
  PageHeader,
  SectionCard,
  Skeleton,
  Stack,
  notifySuccess,
} from '@/components/ui';
import { ApiFormView, FormActions } from '@/components/ui/api-form';
import { QueryView } from '@/components/ui/detail-page';
import { useSession } from '@/lib/auth/session';
import { useApiForm } from '@/lib/use-api-form';
import { parseRouteId } from '@/lib/use-route-id';
import { useOrganizationCurrency } from '@/features/organizations';
import { useCreateOrder } from '../api/create-order';
import { useOrder } from '../api/get-order';
import { useOrderCustomer } from '../api/get-order-customer';
import { useUpdateOrder } from '../api/update-order';
import { LineItemsEditor } from '../components/line-items-editor';
import { OrderDetailsFields, OrderNotesField } from '../components/order-form-fields';
import { OrderItemsTable } from '../components/order-items';
import {
  ORDER_FORM_FIELDS,
  areAmountsEditable,
  emptyOrderForm,
  orderFormSchema,
  orderToFormValues,
  toCreateOrderBody,
  toUpdateOrderBody,
  type OrderFormValues,
} from '../lib/order-form';

const orderPath = (order: Pick<Order, 'id'>) => `/orders/${String(order.id)}`;

interface OrderFormProps {
  /** The order to edit; none creates one. */
  order?: Order;
  defaultValues: OrderFormValues;
  customerName?: string;
}

function OrderForm({ order, defaultValues, customerName }: OrderFormProps) {
  const navigate = useNavigate();
  const currency = useOrganizationCurrency();
  const createOrder = useCreateOrder();
  const updateOrder = useUpdateOrder();
  const isEditable = order === undefined || areAmountsEditable(order.status);
  const form = useApiForm({
    schema: orderFormSchema,
    defaultValues,
    fields: ORDER_FORM_FIELDS,
    submit: (values) =>
      order
        ? updateOrder.mutateAsync({ id: order.id, body: toUpdateOrderBody(values, order.status) })
        : createOrder.mutateAsync(toCreateOrderBody(values)),
    onSuccess: (saved) => {
      notifySuccess(order ? 'Order updated' : 'Order created', `${saved.code} for ${saved.customer_name}`);
      void navigate(orderPath(saved));
    },
  });
  const backTo = order ? orderPath(order) : '/orders';

  return (
    <ApiFormView form={form} label={order ? `Edit ${order.code}` : 'New order'} gap="6">
      <SectionCard title="Order" bodyGap="4">
        <OrderDetailsFields
          customerName={order?.customer_name ?? customerName}
          isCustomerLocked={!isEditable}
          vendor={order?.vendor_id ? { id: order.vendor_id, name: order.vendor_name ?? '' } : null}
        />
      </SectionCard>
      <SectionCard
        title="Items"
        description={isEditable ? 'Totals follow what you type; the server checks them again.' : undefined}
      >
        {isEditable ? (
          <LineItemsEditor currency={currency} />
        ) : (
          <Stack gap="3">
            <Alert.Root status="info" variant="subtle" borderRadius="md">
              <Alert.Indicator />
              <Alert.Description>
                Items and amounts are fixed once an order is past pending. Move it back to pending to change them.
              </Alert.Description>
            </Alert.Root>
            {order && <OrderItemsTable order={order} currency={currency} />}
          </Stack>
        )}
      </SectionCard>
      <SectionCard title="Notes">
        <OrderNotesField />
      </SectionCard>
      <FormActions form={form} submitLabel={order ? 'Save changes' : 'Create order'} pendingLabel="Saving…">
        <Button variant="outline" onClick={() => void navigate(backTo)}>
          Cancel
        </Button>
      </FormActions>
    </ApiFormView>
  );
}

const formSkeleton = <Skeleton height="96" aria-label="Loading the order" />;

function NewOrder() {
  const [searchParams] = useSearchParams();
  const customerId = parseRouteId(searchParams.get('customer') ?? undefined);
  const customer = useOrderCustomer(customerId);
  if (customerId !== null && customer.isPending) return formSkeleton;
  return (
    <Stack gap="6" maxW="6xl">
      <PageHeader title="New order" description="Pick the customer, then add what they are buying." />
      <OrderForm defaultValues={emptyOrderForm(customer.data?.id)} customerName={customer.data?.name} />
    </Stack>
  );
}

function EditOrder({ orderId }: { orderId: number }) {
  const order = useOrder(orderId);
  return (
    <QueryView query={order} subject="this order" loading={formSkeleton}>
      {(record) => (
        <Stack gap="6" maxW="6xl">
          <PageHeader title={`Edit ${record.code}`} description={record.customer_name} />
          <OrderForm order={record} defaultValues={orderToFormValues(record)} />
        </Stack>
      )}
    </QueryView>
  );
}

/** `/orders/new` (optionally `?customer=<id>`) and `/orders/:id/edit`: the order's long form. */
export default function OrderFormPage() {
  const { role } = useSession();
  const { id } = useParams();
  const isNew = id === undefined;
  if (!can(role, 'orders', isNew ? 'create' : 'update')) {
    return (
      <NoAccessPanel message={(roleName) => `As ${roleName}, you cannot ${isNew ? 'create' : 'change'} orders.`} />
    );
  }
  if (isNew) return <NewOrder />;
  const orderId = parseRouteId(id);
  if (orderId === null) return <NotFound />;
  return <EditOrder key={orderId} orderId={orderId} />;
}
