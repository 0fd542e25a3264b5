// What the parts of the trainer console share: finding and making elements (text only ever through textContent),
// the notice, problem lists, line-number gutters and calls to the trainer API with the signed-in key.
window.TrainerUi = function (onUnauthorized) {
  'use strict';

  const api = '/api/trainer';
  const storageKey = 'shopbot.trainerKey';
  const $ = (id) => document.getElementById(id);

  const decisions = { answer: '直接回答', clarify: '先澄清再答', escalate: '转人工' };
  const percent = (x) => (x * 100).toFixed(1) + '%';
  const named = (name, id) => (name && name !== id ? name + '（' + id + '）' : id);

  // A line-number gutter beside a textarea; kept in step with its lines and its scrolling.
  function numberLines(textarea, gutter) {
    const update = () => {
      const count = textarea.value.split('\n').length;
      gutter.textContent = Array.from({ length: count }, (_, i) => i + 1).join('\n');
      gutter.scrollTop = textarea.scrollTop;
    };
    textarea.addEventListener('input', update);
    textarea.addEventListener('scroll', () => { gutter.scrollTop = textarea.scrollTop; });
    return update;
  }

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.error && body.error.message) || ('HTTP ' + status));
      this.status = status;
      this.code = (body && body.error && body.error.code) || '';
      this.body = body;
      this.problems = (body && body.error && body.error.problems) || [];
    }
  }

  async function call(path, options) {
    const request = Object.assign({ headers: {} }, options || {});
    request.headers = Object.assign({ Authorization: 'Bearer ' + sessionStorage.getItem(storageKey) }, request.headers);
    const response = await fetch(api + path, request);
    if (response.status === 401) {
      onUnauthorized('密钥无效或已失效，请重新登录。');
    }
    if (!response.ok) {
      let body = null;
      try { body = await response.json(); } catch (e) { body = null; }
      throw new ApiError(response.status, body);
    }
    return response;
  }

  const json = async (path, options) => (await call(path, options)).json();

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function showNotice(text) {
    $('notice').textContent = text;
    $('notice').hidden = !text;
  }

  function showProblems(list, problems) {
    list.replaceChildren(...problems.map((p) => element('li', p)));
    list.hidden = problems.length === 0;
  }

  return { storageKey, $, decisions, percent, named, numberLines, call, json, element, showNotice, showProblems };
};
