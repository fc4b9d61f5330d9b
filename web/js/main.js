/* global document, CustomEvent */
// Start-up: the router, the token form and the skip link.
import { getToken, setToken } from './api.js';
import { announce, errorBox, h, title } from './dom.js';
import { loadCatalog } from './labels.js';
import { startRouter } from './router.js';

const main = document.getElementById('main');

// Every page names tables, rules and figures from the server's catalog: load it first.
loadCatalog()
  .then(() =>
    startRouter(main, {
      onNotFound(el) {
        el.replaceChildren(title('没有这个页面'), h('p', {}, '地址有误或页面已移动。', h('a', { href: '#/' }, '回到首页')));
        document.title = '没有这个页面 · 决算通';
        el.querySelector('h1').focus();
      },
    }),
  )
  .catch((e) => main.replaceChildren(title('决算通暂时无法使用'), errorBox(e), h('p', {}, '请稍后刷新页面重试。')));

// The skip link moves focus into the main content without changing the hash (the hash holds the route).
document.getElementById('skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

const tokenBox = document.getElementById('token-box');
const tokenInput = document.getElementById('token-input');
tokenInput.value = getToken();
document.getElementById('token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const token = tokenInput.value.trim();
  setToken(token);
  tokenBox.open = false;
  announce(token ? '访问令牌已保存。' : '访问令牌已清除。');
  // An upload refused for want of a token waits for this to send itself again.
  if (token) document.dispatchEvent(new CustomEvent('juesuan:token-saved'));
});
document.getElementById('token-clear').addEventListener('click', () => {
  tokenInput.value = '';
  setToken('');
  announce('访问令牌已清除。');
});
tokenBox.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && tokenBox.open) {
    tokenBox.open = false;
    tokenBox.querySelector('summary').focus();
  }
});
