/* global document */
// A file drop area that is also an ordinary labelled file input, so that it works by mouse, keyboard and
// screen reader alike.
import { h } from './dom.js';

const ACCEPT = '.pdf,.txt,.md,.docx,.xlsx,.xls,.doc,.html,.htm';
let counter = 0;

export function dropzone({ multiple = false, onFiles, hint }) {
  const id = `file-${++counter}`;
  // The native input stays in the page (keyboard, screen readers, tests) but is drawn as a Chinese button: its
  // own caption follows the browser's language.
  const input = h('input', { id, type: 'file', class: 'file-input sr-only', accept: ACCEPT, multiple, 'aria-describedby': `${id}-hint` });
  const zone = h(
    'div',
    { class: 'dropzone' },
    h('p', { class: 'big' }, multiple ? '把多个文件拖到这里' : '把文件拖到这里'),
    h('p', {}, input, h('label', { for: id, class: 'button file-pick' }, multiple ? '或选择多个文件…' : '或选择文件…')),
    h('p', { id: `${id}-hint`, class: 'muted small' }, hint ?? '支持 PDF、DOCX、XLSX、XLS、HTML、TXT 格式的部门决算公开文件。'),
  );
  input.addEventListener('change', () => {
    if (input.files?.length) onFiles([...input.files]);
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
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  });
  return { element: zone, input, focus: () => input.focus() };
}

/** After a 401: open the token form and put the cursor in it. */
export function askForToken() {
  const box = document.getElementById('token-box');
  if (!box) return;
  box.open = true;
  document.getElementById('token-input')?.focus();
}
