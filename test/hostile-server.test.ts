// Issue 15's hostile inputs against the server: `juesuan serve` on an embedded store, in a process of its own, as
// an administrator runs it, attacked through HTTP. Each case is held to its status and Chinese message; over the
// whole run the server's peak memory (VmHWM of its process, analysis threads included; pdftoppm and tesseract are
// processes of their own, bounded by their own limits) stays ≤ 1.5 GB, `/` keeps answering within a few seconds
// while the heavy uploads are analysed, no scratch file is left behind, and the store holds exactly what was
// accepted, also after a restart.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxZipBomb, ocrFloodPdf } from './support/hostile/cases.js';
import { answer, built, encode, form, peakRssKb, scratchLeft, send, serve, type Encoded, type Served } from './support/hostile/served.js';
import { MINI_BYTES } from './support/store-fixtures.js';

const MAX_PEAK_RSS_KB = 1.5 * 1024 * 1024;
/** `/` must answer within this while uploads are analysed (a limit, not a measurement; the figures are printed). */
const MAX_PAGE_WAIT_MS = 5_000;

/** An HTML page of about `mb` MB: table rows, or elements by the million once `flood` is set. */
function html(mb: number, flood = false): Blob {
  const unit = flood ? '<i></i>'.repeat(1000) : '<tr><td>一般公共预算财政拨款收入</td><td>1234.56</td></tr>'.repeat(100);
  const unitBytes = Buffer.byteLength(unit);
  const parts: string[] = ['<html><body><table>'];
  for (let n = 0; n < (mb * 1024 * 1024) / unitBytes; n++) parts.push(unit);
  parts.push('</table></body></html>');
  return new Blob(parts);
}

/** Polls `/` while `work` runs: the longest wait for an answer. */
async function pageWaitDuring<T>(url: string, work: Promise<T>): Promise<{ result: T; longestMs: number; answers: number }> {
  let done = false;
  let longestMs = 0;
  let answers = 0;
  const poll = (async () => {
    while (!done) {
      const t = performance.now();
      const res = await send(url);
      expect(res.status).toBe(200);
      longestMs = Math.max(longestMs, performance.now() - t);
      answers++;
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  try {
    return { result: await work, longestMs, answers };
  } finally {
    done = true;
    await poll;
  }
}

describe.skipIf(!built)('hostile input against juesuan serve (embedded store, its own process)', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'juesuan-hostile-server-'));
  const data = join(work, 'data');
  const scratch = join(work, 'tmp');
  let server: Served;
  const figures: string[] = [];
  const post = async (body: FormData | Encoded) => send(`${server.url}api/disclosures`, body instanceof FormData ? await encode(body) : body);

  beforeAll(async () => {
    mkdirSync(scratch);
    server = await serve(data, scratch);
    expect((await post(form({ name: '决算.txt', bytes: MINI_BYTES }))).status).toBe(201);
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
    if (figures.length > 0) console.log(`| case | result | figures |\n|---|---|---|\n${figures.join('\n')}`);
  });

  it('an HTML upload of 49 MB: 413, the HTML limit named', async () => {
    const body = await encode(form({ name: '超大网页.html', bytes: html(49) }));
    const { result, longestMs } = await pageWaitDuring(server.url, post(body).then(answer));
    expect(result).toMatchObject({ status: 413, code: 'over-limit' });
    expect(result.message).toMatch(/超大网页\.html.*(超过|上限)/s);
    figures.push(`| HTML 49 MB | ${result.status} | / ≤ ${longestMs.toFixed(0)} ms |`);
    expect(longestMs).toBeLessThanOrEqual(MAX_PAGE_WAIT_MS);
  });

  it('three HTML uploads of 49 MB at once, and three of 30 MB flooded with elements: all refused, the portal answering', async () => {
    const bodies = await Promise.all([
      ...[1, 2, 3].map((i) => encode(form({ name: `超大网页${i}.html`, bytes: html(49) }))),
      ...[1, 2, 3].map((i) => encode(form({ name: `元素洪水${i}.html`, bytes: html(30, true) }))),
    ]);
    const uploads = bodies.map((body) => post(body).then(answer));
    const { result, longestMs, answers } = await pageWaitDuring(server.url, Promise.all(uploads));
    for (const [i, r] of result.entries()) {
      expect(r, JSON.stringify(r)).toMatchObject({ status: 413, code: 'over-limit' });
      expect(r.message).toMatch(i < 3 ? /超大网页\d\.html.*(超过|上限)/s : /元素洪水\d\.html.*(超过|上限)/s);
    }
    figures.push(`| 3 × HTML 49 MB + 3 × HTML 30 MB of elements, at once | ${result.map((r) => r.status).join(' ')} | / answered ${answers} times, ≤ ${longestMs.toFixed(0)} ms; peak RSS so far ${(peakRssKb(server.process.pid!) / 1024).toFixed(0)} MB |`);
    expect(longestMs).toBeLessThanOrEqual(MAX_PAGE_WAIT_MS);
  });

  it('a PDF of 1999 image-only pages (an OCR flood): refused at the OCR page limit, no page image left', async () => {
    const body = await encode(form({ name: '扫描洪水.pdf', bytes: ocrFloodPdf() }));
    const { result, longestMs } = await pageWaitDuring(server.url, post(body).then(answer));
    expect(result).toMatchObject({ status: 413, code: 'over-limit' });
    expect(result.message).toMatch(/扫描洪水\.pdf.*(超过|上限)/s);
    expect(scratchLeft(scratch, server.process.pid)).toEqual([]);
    figures.push(`| 1999 image-only pages | ${result.status} | / ≤ ${longestMs.toFixed(0)} ms |`);
  });

  it('a DOCX zip bomb: refused as one', async () => {
    const result = await answer(await post(form({ name: '压缩炸弹.docx', bytes: docxZipBomb() })));
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.message).toMatch(/压缩炸弹\.docx.*压缩炸弹/s);
    figures.push(`| DOCX zip bomb (1 MB → 300 MB) | ${result.status} ${result.code} | |`);
  });

  it('a NUL byte in any query parameter: 400 with a Chinese message, never 500', async () => {
    for (const query of ['search?q=%00abc', 'disclosures?department=%00', 'disclosures?region=%E5%8C%97%00', 'departments?region=%00', 'disclosures?page=1%00']) {
      const result = await answer(await send(`${server.url}api/${query}`));
      expect(result, query).toMatchObject({ status: 400, code: 'bad-query' });
      expect(result.message).toContain('控制字符');
    }
    expect(server.output()).not.toMatch(/select .* from/i);
  });

  it('two files in one upload: refused whole, naming both, neither imported', async () => {
    const other = new TextEncoder().encode(`${new TextDecoder().decode(MINI_BYTES)}\n附注：第二份。\n`);
    const result = await answer(await post(form({ name: '甲.txt', bytes: other }, { name: '乙.txt', bytes: MINI_BYTES })));
    expect(result).toMatchObject({ status: 400, code: 'too-many-files' });
    expect(result.message).toMatch(/甲\.txt.*乙\.txt/);
  });

  it('a file name with "/" is kept whole, as a label', async () => {
    const bytes = new TextEncoder().encode(`${new TextDecoder().decode(MINI_BYTES)}\n附注：改名的副本。\n`);
    const result = await answer(await post(form({ name: '2024/../部门决算.txt', bytes })));
    expect(result.status).toBe(201);
    const { id } = result.body as { id: number };
    expect(await (await send(`${server.url}api/disclosures/${id}`)).json()).toMatchObject({ fileName: '2024/../部门决算.txt' });
  });

  it('over the run: peak RSS ≤ 1.5 GB, no scratch file, and the store holds exactly what was accepted, also after a restart', async () => {
    const peak = peakRssKb(server.process.pid!);
    figures.push(`| whole run | | server peak RSS (VmHWM) ${(peak / 1024).toFixed(0)} MB |`);
    expect(peak).toBeLessThanOrEqual(MAX_PEAK_RSS_KB);
    expect(scratchLeft(scratch, server.process.pid)).toEqual([]);
    // The renamed copy is another version of the same disclosure (it supersedes the first): count every version.
    const listed = async () => ((await (await send(`${server.url}api/disclosures?versions=all`)).json()) as { total: number; items: { fileName: string }[] });
    expect((await listed()).total).toBe(2);
    expect(await server.stop()).toBe(0);
    expect(server.output()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readdirSync(scratch), 'scratch space once the server is gone').toEqual([]);
    server = await serve(data, scratch);
    const again = await listed();
    expect(again.total).toBe(2);
    expect(again.items.map((d) => d.fileName).sort()).toEqual(['2024/../部门决算.txt', '决算.txt']);
  });
});
