// The trainer console. Every text from the server (utterances, replies, templates, examples) is set with
// textContent or as a form value, never as HTML. The key lives in sessionStorage: gone when the tab closes.
(function () {
  'use strict';

  const api = '/api/trainer';
  const storageKey = 'shopbot.trainerKey';
  const $ = (id) => document.getElementById(id);
  let currentTemplate = null;
  let currentIntent = null;
  let pictureUrl = null;

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.error && body.error.message) || ('HTTP ' + status));
      this.status = status;
      this.problems = (body && body.error && body.error.problems) || [];
    }
  }

  async function call(path, options) {
    const request = Object.assign({ headers: {} }, options || {});
    request.headers = Object.assign({ Authorization: 'Bearer ' + sessionStorage.getItem(storageKey) }, request.headers);
    const response = await fetch(api + path, request);
    if (response.status === 401) {
      signOut('密钥无效或已失效，请重新登录。');
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

  // ---- sign in ----
  async function signIn(key) {
    sessionStorage.setItem(storageKey, key);
    const session = await json('/session');
    $('who').textContent = session.name;
    $('sign-in').hidden = true;
    $('app').hidden = false;
    $('sign-out').hidden = false;
    const buyers = $('try-buyer');
    buyers.replaceChildren(element('option', '不指定买家（无订单）'));
    buyers.firstChild.value = '';
    session.sampleBuyers.forEach((b) => {
      const option = element('option', b.name + (b.note ? ' · ' + b.note : ''));
      option.value = b.id;
      buyers.appendChild(option);
    });
    $('try-text').maxLength = session.maxTextLength;
    await Promise.all([loadTemplates(), loadIntents(), loadEvaluation()]);
  }

  function signOut(message) {
    sessionStorage.removeItem(storageKey);
    $('app').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    $('who').textContent = '';
    const error = $('sign-in-error');
    error.textContent = message || '';
    error.hidden = !message;
  }

  $('sign-in').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signIn($('key').value.trim());
      $('key').value = '';
    } catch (e) {
      if (e.status !== 401) signOut('登录失败：' + e.message);
    }
  });
  $('sign-out').addEventListener('click', () => signOut(''));

  // ---- try an utterance ----
  $('try-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { text: $('try-text').value };
    if ($('try-buyer').value) body.buyerId = $('try-buyer').value;
    try {
      const result = await json('/classify', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      showTry(result);
      showNotice('');
    } catch (e) {
      showNotice('试一句失败：' + e.message);
    }
  });

  function showTry(result) {
    $('try-normalized').textContent = result.normalizedText;
    $('try-intent').textContent = result.intent + '（' + result.confidence.toFixed(2) + '）';
    $('try-decision').textContent = result.decision;
    $('try-handoff').textContent = result.handoff ? '是：' + result.handoff : (result.handoffRequested ? '买家要求人工' : '否');
    $('try-cases').textContent = result.wouldOpenCases.length
      ? result.wouldOpenCases.map((c) => c.kind + (c.orderNumber ? ' ' + c.orderNumber : '')).join('，') + '（试运行，未真正创建）'
      : '无';
    $('try-replies').replaceChildren(...result.replies.map((r) => {
      const item = element('li');
      item.appendChild(element('span', r.sent, 'reply-text'));
      item.appendChild(element('span', r.templateId + (r.screen === 'allowed' ? '' : ' · 审核：' + r.screen), 'tag ' + r.screen));
      return item;
    }));
    $('try-scores').replaceChildren(...result.scores.map((s) => {
      const item = element('li');
      item.appendChild(element('span', s.intent));
      const track = element('span', null, 'bar-track');
      const fill = element('span', null, 'bar-fill');
      fill.style.display = 'block';
      fill.style.width = Math.round(s.confidence * 100) + '%';
      track.appendChild(fill);
      item.appendChild(track);
      item.appendChild(element('span', s.confidence.toFixed(3)));
      return item;
    }));
    $('try-result').hidden = false;
  }

  // ---- pickers ----
  function fillPicker(list, entries, onPick) {
    list.replaceChildren(...entries.map((entry) => {
      const item = element('li');
      const button = element('button', entry.label);
      button.type = 'button';
      button.dataset.name = entry.name;
      if (entry.count !== undefined) button.appendChild(element('span', entry.count, 'count'));
      button.addEventListener('click', () => {
        list.querySelectorAll('button').forEach((b) => b.classList.toggle('selected', b === button));
        onPick(entry.name);
      });
      item.appendChild(button);
      return item;
    }));
  }

  // ---- templates ----
  async function loadTemplates() {
    const list = await json('/templates');
    fillPicker($('template-files'), list.files.map((f) => ({ name: f.file, label: f.file, count: f.situations.length })), openTemplate);
  }

  async function openTemplate(file) {
    const yaml = await (await call('/templates/' + encodeURIComponent(file))).text();
    currentTemplate = file;
    $('template-name').textContent = file;
    $('template-text').value = yaml;
    $('template-text').disabled = false;
    $('template-save').disabled = false;
    $('template-status').textContent = '';
    showProblems($('template-problems'), []);
  }

  $('template-save').addEventListener('click', async () => {
    $('template-status').textContent = '保存中…';
    try {
      const saved = await json('/templates/' + encodeURIComponent(currentTemplate), {
        method: 'PUT', headers: { 'Content-Type': 'text/yaml; charset=utf-8' }, body: $('template-text').value
      });
      $('template-status').textContent = '已保存，' + saved.templates + ' 个情景生效。';
      showProblems($('template-problems'), []);
    } catch (e) {
      $('template-status').textContent = '未保存：' + e.message;
      showProblems($('template-problems'), e.problems);
    }
  });

  // ---- examples ----
  async function loadIntents() {
    const list = await json('/examples');
    fillPicker($('example-intents'), list.intents.map((i) => ({ name: i.intent, label: i.intent, count: i.count })), openIntent);
  }

  async function openIntent(intent) {
    const file = await json('/examples/' + encodeURIComponent(intent));
    currentIntent = intent;
    $('example-name').textContent = intent + '：' + file.count + ' 条例句（# 开头的行是注释）';
    $('example-header').textContent = file.header.join('\n');
    $('example-text').value = file.lines.join('\n');
    $('example-text').disabled = false;
    $('example-save').disabled = false;
    $('example-status').textContent = '';
    showProblems($('example-problems'), []);
  }

  $('example-save').addEventListener('click', async () => {
    $('example-status').textContent = '保存中…';
    const lines = $('example-text').value.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
    try {
      const saved = await json('/examples/' + encodeURIComponent(currentIntent), {
        method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ lines: lines })
      });
      $('example-status').textContent = '已保存 ' + saved.count + ' 条例句；重新训练后生效。';
      showProblems($('example-problems'), []);
      await loadIntents();
    } catch (e) {
      $('example-status').textContent = '未保存：' + e.message;
      showProblems($('example-problems'), e.problems);
    }
  });

  // ---- retrain and evaluation ----
  $('retrain').addEventListener('click', async () => {
    const started = Date.now();
    const status = $('retrain-status');
    const tick = setInterval(() => { status.textContent = '训练并交叉验证中… ' + Math.round((Date.now() - started) / 1000) + ' 秒'; }, 500);
    $('retrain').disabled = true;
    $('retrain-progress').hidden = false;
    status.textContent = '训练并交叉验证中…';
    try {
      const summary = await json('/retrain', { method: 'POST' });
      status.textContent = '完成，用时 ' + summary.seconds + ' 秒；新模型已生效。';
      await showEvaluation(summary);
    } catch (e) {
      status.textContent = (e.status === 409 ? '已有一次训练在进行：' : '训练失败：') + e.message;
    } finally {
      clearInterval(tick);
      $('retrain').disabled = false;
      $('retrain-progress').hidden = true;
    }
  });

  async function loadEvaluation() {
    try {
      await showEvaluation(await json('/eval'));
    } catch (e) {
      if (e.status !== 404) showNotice('读取评估报告失败：' + e.message);
    }
  }

  async function showEvaluation(summary) {
    const percent = (x) => (x * 100).toFixed(1) + '%';
    $('eval-summary').textContent = 'macro-F1 ' + summary.macroF1.toFixed(4) + ' · 准确率 ' + percent(summary.accuracy) +
      ' · 转人工 ' + percent(summary.escalatedShare) + ' · ' + summary.examples + ' 条例句 · ' + summary.folds + ' 折交叉验证 · ' +
      new Date(summary.createdAt).toLocaleString('zh-CN') + ' · ' + summary.trainedBy;
    $('eval-rows').replaceChildren(...summary.perIntent.map((m) => {
      const row = element('tr');
      [m.intent, m.precision.toFixed(4), m.recall.toFixed(4), m.f1.toFixed(4), m.support].forEach((v) => row.appendChild(element('td', v)));
      return row;
    }));
    // An <img> cannot send the key, so the picture is fetched and shown from a blob: URL.
    const blob = await (await call('/eval/confusion.svg')).blob();
    if (pictureUrl) URL.revokeObjectURL(pictureUrl);
    pictureUrl = URL.createObjectURL(blob);
    $('confusion').src = pictureUrl;
    $('eval-empty').hidden = true;
    $('eval-report').hidden = false;
  }

  const saved = sessionStorage.getItem(storageKey);
  if (saved) {
    signIn(saved).catch((e) => { if (e.status !== 401) signOut('登录失败：' + e.message); });
  }
})();
