/** The portal's own pages: a Client never opens the staff pages (`/orders/…`). */
export const portalOrderPath = (order: { id: number }) => `/portal/orders/${String(order.id)}`;
export const portalIssuePath = (issue: { id: number }) => `/portal/issues/${String(issue.id)}`;
export const portalOrderPathById = (id: number) => `/portal/orders/${String(id)}`;
