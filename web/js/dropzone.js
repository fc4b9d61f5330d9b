/* global document */
// A file drop area that is also an ordinary labelled file input, so that it works by mouse, keyboard and
// screen reader alike. The server's upload limit is stated on the page and checked before anything is sent.
import { serverInfo } from './api.js';
import { bytes, h } from './dom.js';

const ACCEPT = '.pdf,.txt,.md,.docx,.xlsx,.xls,.doc,.html,.htm';
let counter = 0;

/**
 * onFiles(files) receives the files within the limit; onRefused(messages) the reasons for the others (too large),
 * before any upload starts.
 */
export function dropzone({ multiple = false, onFiles, onRefused, hint }) {
  const id = `file-${++counter}`;
  // The native input stays in the page (keyboard, screen readers, tests) but is drawn as a Chinese button: its
  // own caption follows the browser's language.
  const input = h('input', { id, type: 'file', class: 'file-input sr-only', accept: ACCEPT, multiple, 'aria-describedby': `${id}-hint ${id}-limit` });
  const limitText = h('span', { id: `${id}-limit` });
  let maxBytes;
  serverInfo()
    .then((info) => {
      maxBytes = info.maxUploadBytes;
      limitText.textContent = `单个文件不超过 ${bytes(maxBytes)}。`;
    })
    .catch(() => {});
  const zone = h(
    'div',
    { class: 'dropzone' },
    h('p', { class: 'big' }, multiple ? '把多个文件拖到这里' : '把文件拖到这里'),
    h('p', {}, input, h('label', { for: id, class: 'button file-pick' }, multiple ? '或选择多个文件…' : '或选择文件…')),
    h('p', { class: 'muted small' }, h('span', { id: `${id}-hint` }, hint ?? '支持 PDF、DOCX、XLSX、XLS、HTML、TXT 格式的部门决算公开文件。'), ' ', limitText),
  );
  const take = (files) => {
    const ok = maxBytes ? files.filter((f) => f.size <= maxBytes) : files;
    const refused = files.filter((f) => !ok.includes(f));
    if (refused.length) onRefused?.(refused.map((f) => `文件 ${f.name} 有 ${bytes(f.size)}，超过上传上限 ${bytes(maxBytes)}，没有上传。`));
    if (ok.length) onFiles(ok);
  };
  input.addEventListener('change', () => {
    if (input.files?.length) take([...input.files]);
    input.value = '';
  });
  let depth = 0;
  zone.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  zone.addEventListener('dragleave', () => {
    if (--depth <= 0) zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    zone.classList.remove('dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    // Several files dropped where one is taken: none is uploaded, rather than one silently.
    if (!multiple && files.length > 1) onRefused?.([`这里一次上传一个文件，拖入了 ${files.length} 个，都没有上传；多个文件请用“批量导入”页面（#/batch）。`]);
    else if (files.length) take(files);
  });
  return { element: zone, input, focus: () => input.focus() };
}

/**
 * After a 401: open the token form, put the cursor in it, and once a token is saved call `retry` (the upload that
 * was refused is sent again).
 */
export function askForToken(retry) {
  const box = document.getElementById('token-box');
  if (!box) return;
  box.open = true;
  document.getElementById('token-input')?.focus();
  if (retry) document.addEventListener('juesuan:token-saved', () => retry(), { once: true });
}
