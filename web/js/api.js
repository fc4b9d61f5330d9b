/* global fetch, sessionStorage, XMLHttpRequest, FormData, URLSearchParams */
// Talking to the API: JSON reads with Chinese error messages, and uploads with progress (XMLHttpRequest, since
// fetch cannot report upload progress) carrying the access token when one is saved.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const TOKEN_KEY = 'juesuan.token';
export const getToken = () => sessionStorage.getItem(TOKEN_KEY) ?? '';
export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

const TOKEN_NEEDED = '需要访问令牌：请在页面顶部的“访问令牌”处填写管理员给您的令牌，保存后会自动重试。';

function failure(status, body) {
  const message =
    status === 401 ? TOKEN_NEEDED : (body?.error?.message ?? (status === 0 ? '无法连接服务器，请检查网络后重试。' : `请求失败（HTTP ${status}）。`));
  return new ApiError(status, body?.error?.code ?? 'http', message);
}

export async function getJson(path, { signal } = {}) {
  let res;
  try {
    res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e?.name === 'AbortError') throw e;
    throw failure(0);
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) throw failure(res.status, body);
  return body;
}

let health;
/** The server's limits (largest upload) and rules version, asked once per page load. */
export function serverInfo() {
  health ??= getJson('/api/health').catch((e) => {
    health = undefined;
    throw e;
  });
  return health;
}

/** A write with a JSON body (PUT, DELETE …), carrying the access token when one is saved. Resolves to the JSON answer or null. */
export async function sendJson(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw failure(0);
  }
  const answer = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw failure(res.status, answer);
  return answer;
}

/** Builds "path?k=v" from an object, leaving out empty values. */
export function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * Uploads one file to POST /api/disclosures. onProgress(sent, total) reports the upload; once it is all sent the
 * server reads and audits the file (onStage('analysing')). Resolves to { status, body } on 200/201.
 */
export function uploadFile(file, { onProgress, onStage, signal } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/disclosures');
    xhr.responseType = 'json';
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.upload.onload = () => onStage?.('analysing');
    xhr.onload = () => (xhr.status === 200 || xhr.status === 201 ? resolve({ status: xhr.status, body: xhr.response }) : reject(failure(xhr.status, xhr.response)));
    xhr.onerror = () => reject(failure(0));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', '已取消。'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    onStage?.('uploading');
    xhr.send(form);
  });
}
