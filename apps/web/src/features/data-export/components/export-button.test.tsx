import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toaster } from '@/components/ui';
import { errorBody, mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { ExportButton } from './export-button';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

// As the client reads it: response.text() has already dropped the server's byte order mark.
const CSV = 'code,name\nCUST-1,Acme\n';

/** Records the downloads the button starts: the file's name and its text. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${String(blobs.size)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
  return saved;
}

describe('ExportButton', () => {
  it("downloads the CSV of the list's filters under the server's file name", async () => {
    const saved = captureDownloads();
    api = mockApi(() => ({
      status: 200,
      data: CSV,
      headers: { 'content-disposition': 'attachment; filename="customers-2026-11-30.csv"' },
    }));
    renderPage(withSession(<ExportButton resource="customers" filters={{ status: 'vip', search: 'acme' }} />));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(api.requests[0]).toMatchObject({ url: 'customers/export/', params: { status: 'vip', search: 'acme' } });
    expect(saved[0]?.name).toBe('customers-2026-11-30.csv');
    const bytes = new Uint8Array((await saved[0]?.blob.arrayBuffer()) ?? new ArrayBuffer(0));
    // UTF-8 with its byte order mark, so spreadsheets read the accents right.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`\uFEFF${CSV}`);
  });

  it('says why an export failed', async () => {
    api = mockApi(() => ({ status: 429, data: errorBody('rate_limited', 'Too many exports. Try again later.') }));
    renderPage(
      withSession(
        <>
          <ExportButton resource="customers" filters={{}} />
          <Toaster />
        </>,
      ),
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Too many exports. Try again later.')).toBeInTheDocument();
  });

  it('is there for an Employee (export only) and not for a client', () => {
    const { unmount } = renderPage(withSession(<ExportButton resource="customers" filters={{}} />, 'employee'));
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
    unmount();
    renderPage(withSession(<ExportButton resource="customers" filters={{}} />, 'client'));
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
  });
});
