import { useState } from 'react';
import type { Lead } from '@crm/contracts';
import { notifySuccess } from '@/components/ui';
import { useDisqualifyLead } from '../api/disqualify-lead';
import { useQualifyLead } from '../api/qualify-lead';
import { leadDisplayName } from './lead-labels';

export interface LeadActionAvailability {
  qualify: boolean;
  disqualify: boolean;
  convert: boolean;
  edit: boolean;
  delete: boolean;
}

/**
 * What the caller may do with this lead, from the record's own `permissions` (role, ownership and
 * visibility, as the server decides them). A converted lead is final (the API answers 409), and
 * converting also creates a customer, which `permissions.convert` accounts for (PRODUCT §3).
 */
export function availableLeadActions(lead: Lead): LeadActionAvailability {
  const isConverted = lead.status === 'converted';
  const mayUpdate = lead.permissions.update;
  return {
    qualify: mayUpdate && !isConverted && lead.status !== 'qualified',
    disqualify: mayUpdate && !isConverted && lead.status !== 'unqualified',
    convert: lead.permissions.convert && !isConverted,
    edit: mayUpdate,
    delete: lead.permissions.delete,
  };
}

export type LeadDialogKind = 'edit' | 'convert' | 'delete';

export interface LeadDialogState {
  kind: LeadDialogKind;
  lead: Lead;
  /** False while the dialog animates out, so its content (the lead) stays until it is gone. */
  open: boolean;
}

export function useLeadDialogs() {
  const [dialog, setDialog] = useState<LeadDialogState | null>(null);
  return {
    dialog,
    openDialog: (kind: LeadDialogKind, lead: Lead) => setDialog({ kind, lead, open: true }),
    closeDialog: () => setDialog((current) => (current ? { ...current, open: false } : null)),
  };
}

/** Qualify and disqualify with a success toast; failures toast through the mutation's meta. */
export function useLeadStatusActions() {
  const qualifyLead = useQualifyLead();
  const disqualifyLead = useDisqualifyLead();
  return {
    qualify: (lead: Lead) =>
      qualifyLead.mutate(lead.id, {
        onSuccess: (saved) => notifySuccess('Lead qualified', `${leadDisplayName(saved)} (${saved.code})`),
      }),
    disqualify: (lead: Lead) =>
      disqualifyLead.mutate(lead.id, {
        onSuccess: (saved) => notifySuccess('Lead disqualified', `${leadDisplayName(saved)} (${saved.code})`),
      }),
    isPending: qualifyLead.isPending || disqualifyLead.isPending,
  };
}
