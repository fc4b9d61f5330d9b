import { describe, expect, it } from 'vitest';
import { MalformedMultipartError, readUploadParts } from './upload-body.js';

function multipart(...files: { field?: string; name: string; text: string }[]): Request {
  const form = new FormData();
  for (const f of files) form.append(f.field ?? 'file', new Blob([f.text]), f.name);
  return new Request('http://localhost/api/disclosures', { method: 'POST', body: form });
}

describe('reading an upload as it arrives', () => {
  it('keeps the first file of the field whole, with its name as sent, and only the names of the others', async () => {
    const parts = await readUploadParts(
      multipart({ field: 'other', name: 'x.txt', text: 'ignored' }, { name: '2024/部门决算.txt', text: '收入支出决算总表' }, { name: '乙.txt', text: '第二份' }),
      'file',
      1024,
    );
    expect(parts.names).toEqual(['2024/部门决算.txt', '乙.txt']);
    expect(parts.first?.name).toBe('2024/部门决算.txt');
    expect(new TextDecoder().decode(parts.first?.bytes)).toBe('收入支出决算总表');
    expect(parts.first?.tooLarge).toBe(false);
  });

  it('stops keeping bytes at the size limit and says the file is too large', async () => {
    const parts = await readUploadParts(multipart({ name: 'big.txt', text: 'x'.repeat(5000) }), 'file', 1000);
    expect(parts.first?.tooLarge).toBe(true);
    expect(parts.first?.bytes.length).toBeLessThanOrEqual(1000);
  });

  it('finds no file when none is sent in the field', async () => {
    expect(await readUploadParts(multipart({ field: 'document', name: 'a.txt', text: 'a' }), 'file', 1000)).toEqual({ names: [], first: undefined });
  });

  it('refuses a body that is not multipart, or is cut short', async () => {
    const noBoundary = new Request('http://localhost/', { method: 'POST', body: 'abc', headers: { 'Content-Type': 'multipart/form-data' } });
    await expect(readUploadParts(noBoundary, 'file', 1000)).rejects.toBeInstanceOf(MalformedMultipartError);
    const sent = multipart({ name: 'a.txt', text: '收入支出决算总表'.repeat(100) });
    const whole = new Uint8Array(await sent.arrayBuffer());
    const cut = new Request('http://localhost/', { method: 'POST', body: whole.slice(0, whole.length / 2), headers: { 'Content-Type': sent.headers.get('Content-Type')! } });
    await expect(readUploadParts(cut, 'file', 100_000)).rejects.toBeInstanceOf(MalformedMultipartError);
  });
});
