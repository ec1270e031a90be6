import { describe, expect, it } from 'vitest';
import { dealFixture } from '../testing/deal-fixtures';
import { dealFormSchema, dealToForm, emptyDealForm, toCreateDealBody, toUpdateDealBody } from './deal-form-schema';

describe('deal form', () => {
  const valid = { ...emptyDealForm(3), title: 'Website redesign', customer_id: 7 };

  it('sends money as the decimal text typed, never as minor units', () => {
    const body = toCreateDealBody({ ...valid, value: ' 1500.5 ' }, 1);
    expect(body).toEqual({
      title: 'Website redesign',
      customer_id: 7,
      pipeline_id: 1,
      stage_id: 3,
      value: '1500.5',
      expected_close_date: null,
      description: null,
    });
  });

  it('rejects amounts with more than two decimals, negative amounts, and impossible dates', () => {
    const result = dealFormSchema.safeParse({ ...valid, value: '10.999', expected_close_date: '2026-02-30' });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['value', 'expected_close_date']));
    expect(dealFormSchema.safeParse({ ...valid, value: '-5' }).success).toBe(false);
    expect(dealFormSchema.safeParse({ ...valid, probability: '101' }).success).toBe(false);
  });

  it('requires a customer', () => {
    const result = dealFormSchema.safeParse(emptyDealForm(undefined));
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(
      expect.arrayContaining(['title', 'customer_id']),
    );
  });

  it('edits without touching the stage, and a blank probability follows the stage again', () => {
    const deal = dealFixture({ id: 4, probability: 30, expected_close_date: '2026-05-01' });
    const body = toUpdateDealBody({ ...dealToForm(deal), probability: '' });
    expect(body).toEqual({
      title: 'Deal 4',
      customer_id: 1,
      value: '1000.00',
      probability: null,
      expected_close_date: '2026-05-01',
      description: null,
    });
    expect(body).not.toHaveProperty('stage_id');
  });
});
