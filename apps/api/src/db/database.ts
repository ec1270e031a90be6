import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  ActivityType,
  IssueCategory,
  IssuePriority,
  IssueStatus,
  LeadSource,
  LeadStatus,
  MembershipStatus,
  OrderStatus,
  PaymentMethod,
  PaymentStatus,
  Role,
} from '@crm/contracts';

/**
 * The database as Kysely sees it. Timestamps are ISO 8601 UTC strings on both dialects (text on
 * SQLite, timestamptz parsed back to ISO on PostgreSQL); booleans read back as 0/1 on SQLite, so
 * repositories pass them through `toBool`.
 */
type Timestamp = string;
type Bool = boolean | number;

export interface UsersTable {
  id: Generated<number>;
  username: string;
  email: string;
  password_hash: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  title: string | null;
  timezone: string;
  is_active: Bool;
  default_organization_id: number | null;
  last_login_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TokensTable {
  id: Generated<number>;
  user_id: number;
  key_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp;
}

export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  slug: string;
  industry: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country: string | null;
  currency: string;
  timezone: string;
  visibility_employee: Generated<'all' | 'own'>;
  visibility_manager: Generated<'all' | 'team'>;
  response_hours_urgent: Generated<number>;
  response_hours_high: Generated<number>;
  response_hours_medium: Generated<number>;
  response_hours_low: Generated<number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  id: Generated<number>;
  user_id: number;
  organization_id: number;
  role: Role;
  status: MembershipStatus;
  joined_at: Timestamp;
  updated_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<number>;
  organization_id: number;
  email: string;
  role: Role;
  customer_id: number | null;
  invited_by: number | null;
  token_hash: string;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: number | null;
  revoked_at: Timestamp | null;
  created_at: Timestamp;
}

export interface PasswordResetTokensTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface VendorsTable {
  id: Generated<number>;
  organization_id: number;
  code: string;
  name: string;
  company_name: string | null;
  email: string | null;
  phone: string | null;
  vendor_type: 'supplier' | 'service_provider' | 'contractor' | 'consultant';
  status: 'active' | 'inactive' | 'blacklisted';
  website: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country: string | null;
  payment_terms: string | null;
  rating: number | null;
  notes: string | null;
  custom_fields: string;
  tags: string;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  external_id: Generated<string | null>;
}

export interface EmployeesTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number | null;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  department: string | null;
  position: string | null;
  hire_date: string | null;
  manager_id: number | null;
  status: 'active' | 'on_leave' | 'terminated';
  /** Filled by the employees repository; defaults to '' for rows written before it existed. */
  search_text: Generated<string>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  external_id: Generated<string | null>;
}

export interface PipelinesTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  is_default: Bool;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PipelineStagesTable {
  id: Generated<number>;
  organization_id: number;
  pipeline_id: number;
  name: string;
  sort_order: number;
  probability: number;
  kind: 'open' | 'won' | 'lost';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditLogsTable {
  id: Generated<number>;
  organization_id: number | null;
  user_id: number | null;
  action: string;
  resource_type: string;
  resource_id: number | null;
  changes: string | null;
  ip: string | null;
  created_at: Timestamp;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  window_started_at: Timestamp;
  blocked_until: Timestamp | null;
}

export interface MetaTable {
  key: string;
  value: string;
  updated_at: Timestamp;
}

type Json = string;

export interface CodeCountersTable {
  organization_id: number;
  prefix: string;
  last_value: number;
}

export interface CustomersTable {
  id: Generated<number>;
  organization_id: number;
  code: string;
  name: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  company_name: string | null;
  customer_type: 'individual' | 'business';
  status: 'active' | 'inactive' | 'prospect' | 'vip';
  address: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country: string | null;
  website: string | null;
  industry: string | null;
  notes: string | null;
  assigned_to: number | null;
  user_id: number | null;
  converted_from_lead_id: number | null;
  custom_fields: Json;
  tags: Json;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  external_id: Generated<string | null>;
}

export interface LeadsTable {
  id: Generated<number>;
  organization_id: number;
  code: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  job_title: string | null;
  source: LeadSource;
  status: LeadStatus;
  score: number;
  /** Minor units of the organization's currency. */
  estimated_value: number | null;
  assigned_to: number | null;
  converted_to_customer_id: number | null;
  converted_at: Timestamp | null;
  notes: string | null;
  custom_fields: Json;
  tags: Json;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  external_id: Generated<string | null>;
}

export interface DealsTable {
  id: Generated<number>;
  organization_id: number;
  code: string;
  title: string;
  customer_id: number;
  /** Minor units of the organization's currency. */
  value: number;
  pipeline_id: number;
  stage_id: number;
  probability: number | null;
  expected_close_date: string | null;
  assigned_to: number | null;
  lost_reason: string | null;
  description: string | null;
  stage_entered_at: Timestamp;
  closed_at: Timestamp | null;
  custom_fields: Json;
  tags: Json;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  external_id: Generated<string | null>;
}

export interface DealStageHistoryTable {
  id: Generated<number>;
  organization_id: number;
  deal_id: number;
  from_stage_id: number | null;
  from_stage_name: string | null;
  to_stage_id: number | null;
  to_stage_name: string;
  to_stage_kind: 'open' | 'won' | 'lost';
  changed_by: number | null;
  changed_at: Timestamp;
}

export interface ActivitiesTable {
  id: Generated<number>;
  organization_id: number;
  type: ActivityType;
  subject: string;
  body: string | null;
  customer_id: number | null;
  lead_id: number | null;
  deal_id: number | null;
  due_at: Timestamp | null;
  completed_at: Timestamp | null;
  assigned_to: number | null;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Money columns are integer minor units (bigint); pg may hand them back as strings. */
type Minor = number | string;

export interface OrdersTable {
  id: Generated<number>;
  organization_id: number;
  code: string;
  customer_id: number;
  vendor_id: number | null;
  title: string | null;
  status: OrderStatus;
  order_date: string;
  expected_delivery: string | null;
  subtotal: Generated<Minor>;
  tax_amount: Generated<Minor>;
  discount_amount: Generated<Minor>;
  total_amount: Generated<Minor>;
  notes: string | null;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  external_id: Generated<string | null>;
}

export interface OrderItemsTable {
  id: Generated<number>;
  organization_id: number;
  order_id: number;
  position: number;
  product_name: string;
  sku: string | null;
  quantity: number;
  unit_price: Minor;
  total: Minor;
}

export interface PaymentsTable {
  id: Generated<number>;
  organization_id: number;
  code: string;
  customer_id: number;
  order_id: number | null;
  invoice_number: string | null;
  amount: Minor;
  method: PaymentMethod;
  status: PaymentStatus;
  payment_date: string;
  due_date: string | null;
  reference: string | null;
  notes: string | null;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IssuesTable {
  id: Generated<number>;
  organization_id: number;
  code: string;
  customer_id: number;
  order_id: number | null;
  title: string;
  description: string | null;
  priority: IssuePriority;
  category: IssueCategory;
  status: IssueStatus;
  assigned_to: number | null;
  raised_by_client: Bool;
  resolved_at: Timestamp | null;
  resolution_notes: string | null;
  first_response_due_at: Timestamp;
  first_responded_at: Timestamp | null;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IssueCommentsTable {
  id: Generated<number>;
  organization_id: number;
  issue_id: number;
  author_user_id: number | null;
  author_name: string;
  body: string;
  is_internal: Bool;
  is_staff: Bool;
  created_at: Timestamp;
}

export interface ForecastSnapshotsTable {
  id: Generated<number>;
  organization_id: number;
  taken_on: string;
  month: string;
  deal_count: number;
  value: Minor;
  weighted_value: Minor;
  created_at: Timestamp;
}

export interface ImportsTable {
  id: Generated<number>;
  organization_id: number;
  resource: string;
  status: 'queued' | 'running' | 'completed' | 'failed' | 'undoing' | 'undone';
  file_name: string | null;
  options: string;
  rows_read: Generated<number>;
  created_count: Generated<number>;
  updated_count: Generated<number>;
  skipped_count: Generated<number>;
  failed_count: Generated<number>;
  message: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
  undone_at: Timestamp | null;
}

export interface ImportFailuresTable {
  id: Generated<number>;
  organization_id: number;
  import_id: number;
  row_number: number;
  field: string | null;
  message: string;
  data: string;
}

export interface ImportWritesTable {
  id: Generated<number>;
  organization_id: number;
  import_id: number;
  record_id: number;
  action: 'created' | 'updated';
  previous: string | null;
  written_at: Timestamp;
  undone: Generated<Bool>;
}

export interface Database {
  imports: ImportsTable;
  import_failures: ImportFailuresTable;
  import_writes: ImportWritesTable;
  forecast_snapshots: ForecastSnapshotsTable;
  orders: OrdersTable;
  order_items: OrderItemsTable;
  payments: PaymentsTable;
  issues: IssuesTable;
  issue_comments: IssueCommentsTable;
  invitations: InvitationsTable;
  password_reset_tokens: PasswordResetTokensTable;
  vendors: VendorsTable;
  code_counters: CodeCountersTable;
  customers: CustomersTable;
  leads: LeadsTable;
  deals: DealsTable;
  deal_stage_history: DealStageHistoryTable;
  activities: ActivitiesTable;
  users: UsersTable;
  tokens: TokensTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  employees: EmployeesTable;
  pipelines: PipelinesTable;
  pipeline_stages: PipelineStagesTable;
  audit_logs: AuditLogsTable;
  rate_limits: RateLimitsTable;
  meta: MetaTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type OrganizationRow = Selectable<OrganizationsTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type EmployeeRow = Selectable<EmployeesTable>;
export type PipelineRow = Selectable<PipelinesTable>;
export type PipelineStageRow = Selectable<PipelineStagesTable>;
export type CustomerRow = Selectable<CustomersTable>;
export type LeadRow = Selectable<LeadsTable>;
export type DealRow = Selectable<DealsTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type VendorRow = Selectable<VendorsTable>;
export type OrderRow = Selectable<OrdersTable>;
export type OrderItemRow = Selectable<OrderItemsTable>;
export type PaymentRow = Selectable<PaymentsTable>;
export type IssueRow = Selectable<IssuesTable>;
export type IssueCommentRow = Selectable<IssueCommentsTable>;
