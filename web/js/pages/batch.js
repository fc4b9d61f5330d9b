/* global AbortController, setTimeout, clearTimeout */
// Batch import: many files, uploaded a few at a time, each with its own status (waiting, uploading n %,
// auditing, done with its counts, already stored, failed with the reason), and overall progress.
import { getJson, uploadFile } from '../api.js';
import { announce, bytes, field, h, replace, title } from '../dom.js';
import { askForToken, dropzone } from '../dropzone.js';
import { versionNote } from '../versions.js';
import { statusTitle } from '../audit-status.js';

export function render(main) {
  const jobs = [];
  let controller;
  const parallel = h('select', { id: 'batch-parallel' }, [1, 2, 3, 4].map((n) => h('option', { value: n, selected: n === 2 }, `${n} 个`)));
  const start = h('button', { type: 'button', disabled: true, on: { click: () => void run() } }, '开始导入');
  const cancel = h('button', { type: 'button', class: 'secondary', disabled: true, on: { click: () => controller?.abort() } }, '停止');
  const clear = h('button', { type: 'button', class: 'secondary', disabled: true, on: { click: () => (jobs.length = 0, draw()) } }, '清空列表');
  const overall = h('progress', { max: 1, value: 0, 'aria-label': '总进度' });
  const summary = h('p', { role: 'status' });
  // With PostgreSQL, uploads go through the shared analysis queue: its progress (all machines' workers) is shown live.
  const queueStatus = h('p', { class: 'muted', id: 'batch-queue', hidden: true });
  let queueTimer;
  async function pollQueue() {
    try {
      const q = await getJson('/api/jobs');
      if (!q.enabled) return;
      const left = q.queued + q.active + q.retrying;
      queueStatus.hidden = false;
      queueStatus.textContent = `分析队列（所有工作进程）：已完成 ${q.done}，已搁置 ${q.failed}，排队 ${q.queued}，处理中 ${q.active}，等待重试 ${q.retrying}；最近 1 分钟 ${q.perMinute.last1} 份/分钟${left && q.perMinute.last1 ? `，预计还需 ${Math.ceil(left / q.perMinute.last1)} 分钟` : ''}。`;
      queueTimer = setTimeout(pollQueue, 2000);
    } catch {
      queueTimer = setTimeout(pollQueue, 5000);
    }
  }
  pollQueue();
  const refusedBox = h('div', {});
  const body = h('tbody', {});
  const zone = dropzone({
    multiple: true,
    hint: '可一次选择多个文件；文件依次上传，同时处理的文件数可以调整。已导入过的文件不会重复保存。',
    onRefused: (messages) => replace(refusedBox, h('div', { class: 'alert error', role: 'alert' }, messages.map((m) => h('p', {}, m)))),
    onFiles: (files) => {
      for (const file of files) jobs.push({ file, status: 'wait', text: '等待中' });
      draw();
      start.focus();
    },
  });

  function draw() {
    const done = jobs.filter((j) => j.status === 'done' || j.status === 'fail').length;
    overall.max = Math.max(1, jobs.length);
    overall.value = done;
    const failed = jobs.filter((j) => j.status === 'fail').length;
    summary.textContent = jobs.length ? `共 ${jobs.length} 个文件，已完成 ${done} 个${failed ? `，其中 ${failed} 个失败` : ''}。` : '尚未选择文件。';
    start.disabled = controller !== undefined || !jobs.some((j) => j.status === 'wait');
    clear.disabled = controller !== undefined || !jobs.length;
    replace(
      body,
      jobs.map((j, i) =>
        h(
          'tr',
          { 'data-status': j.status },
          h('td', { class: 'num' }, i + 1),
          h('th', { scope: 'row' }, j.file.name),
          h('td', { class: 'num' }, bytes(j.file.size)),
          h('td', { class: `status-${j.status}` }, j.text),
          h('td', {}, j.result ? h('a', { href: `#/d/${j.result.id}` }, '查看') : ''),
        ),
      ),
    );
  }

  let running = Promise.resolve();
  /** Starts a run once the one under way (if any) has stopped. */
  function run() {
    running = running.then(runOnce);
    return running;
  }

  async function runOnce() {
    controller = new AbortController();
    cancel.disabled = false;
    draw();
    const queue = jobs.filter((j) => j.status === 'wait');
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        if (controller.signal.aborted) {
          job.text = '等待中（已停止）';
          continue;
        }
        job.status = 'busy';
        job.text = '上传中 0%';
        draw();
        try {
          const { status, body: res } = await uploadFile(job.file, {
            signal: controller.signal,
            onProgress: (sent, total) => {
              job.text = `上传中 ${total ? Math.round((sent / total) * 100) : 0}%`;
              draw();
            },
            onStage: (s) => {
              if (s === 'analysing') {
                job.text = '审核中…';
                draw();
              }
            },
          });
          const d = res.disclosure;
          job.status = 'done';
          job.result = res;
          job.text = `${status === 201 ? '完成' : '已在库中'}：${d?.department ?? '未识别部门'} ${d?.year ?? ''}，${d ? statusTitle(d) : ''}${versionNote(res)}`;
        } catch (e) {
          if (e.code === 'aborted') {
            job.status = 'wait';
            job.text = '等待中（已停止）';
          } else {
            job.status = 'fail';
            job.text = `失败：${e.message}`;
            if (e.status === 401) {
              // Everything not yet done waits for the token, then the run starts again.
              job.status = 'wait';
              job.text = '等待访问令牌';
              controller.abort();
              askForToken(() => void run());
            }
          }
        }
        draw();
      }
    };
    await Promise.all(Array.from({ length: Number(parallel.value) }, worker));
    controller = undefined;
    cancel.disabled = true;
    draw();
    announce(summary.textContent);
  }

  main.append(
    title('批量导入'),
    h('p', { class: 'muted' }, '一次导入一个地区或一个系统的全部决算公开文件，逐个读取和审核。'),
    zone.element,
    refusedBox,
    h('div', { class: 'form-row', style: { margin: '12px 0' } }, field('batch-parallel', '同时处理', parallel), start, cancel, clear),
    overall,
    summary,
    queueStatus,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data', id: 'batch-table' },
        h('caption', { class: 'sr-only' }, '文件与状态'),
        h('thead', {}, h('tr', {}, ['#', '文件', '大小', '状态', '结果'].map((t) => h('th', { scope: 'col' }, t)))),
        body,
      ),
    ),
  );
  draw();
  return {
    destroy: () => {
      controller?.abort();
      clearTimeout(queueTimer);
    },
  };
}
