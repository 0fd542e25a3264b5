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
  let lastTried = null;
  let intentList = [];

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
  const numberTemplate = numberLines($('template-text'), $('template-gutter'));
  const numberExamples = numberLines($('example-text'), $('example-gutter'));

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
  const gate = window.TrainerGate({ $, element, named, percent, showProblems });

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
    await loadIntents();
    await Promise.all([loadTemplates(), loadEvaluation(), loadModel(), loadReview()]);
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
    lastTried = result.text;
    $('try-intent').textContent = named(result.intentName, result.intent) + ' · ' + percent(result.confidence);
    $('try-decision').textContent = decisions[result.decision] || result.decision;
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
      item.appendChild(element('span', named(s.name, s.intent)));
      const track = element('span', null, 'bar-track');
      const fill = element('span', null, 'bar-fill');
      fill.style.display = 'block';
      fill.style.width = Math.round(s.confidence * 100) + '%';
      track.appendChild(fill);
      item.appendChild(track);
      item.appendChild(element('span', s.confidence.toFixed(3)));
      return item;
    }));
    $('add-intent').value = result.intent;
    $('add-status').textContent = '';
    $('add-warning').hidden = true;
    $('try-result').hidden = false;
  }

  // ---- add the tried sentence to an intent's examples ----
  async function addExample(confirm) {
    const intent = $('add-intent').value;
    $('add-warning').hidden = true;
    $('add-status').textContent = '加入中…';
    try {
      const added = await json('/examples/' + encodeURIComponent(intent) + '/lines', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: lastTried, confirm: confirm })
      });
      $('add-status').textContent = '已加入“' + added.name + '”，现有 ' + added.count + ' 条例句。现用模型的判断：' +
        added.guess.name + ' ' + percent(added.guess.confidence) + '。' + (added.note || '') + '重新训练后生效。';
      await loadIntents();
    } catch (e) {
      if (e.code === 'ModelDisagrees') {
        $('add-status').textContent = '';
        $('add-warning-text').textContent = e.message;
        $('add-warning').hidden = false;
      } else {
        $('add-status').textContent = '没有加入：' + e.message + (e.problems.length ? ' ' + e.problems.join(' ') : '');
      }
    }
  }
  $('add-example').addEventListener('click', () => addExample(false));
  $('add-confirm').addEventListener('click', () => addExample(true));

  // ---- pickers ----
  function fillPicker(list, entries, onPick) {
    list.replaceChildren(...entries.map((entry) => {
      const item = element('li');
      const button = element('button', entry.label);
      if (entry.id) button.appendChild(element('span', entry.id, 'intent-id'));
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
    numberTemplate();
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
    intentList = list.intents;
    fillPicker($('example-intents'), list.intents.map((i) => ({ name: i.intent, label: i.name, id: i.name !== i.intent ? i.intent : null, count: i.count })), openIntent);
    const chosen = $('add-intent').value;
    $('add-intent').replaceChildren(...intentList.map((i) => {
      const option = element('option', named(i.name, i.intent));
      option.value = i.intent;
      return option;
    }));
    if (chosen) $('add-intent').value = chosen;
    if (currentIntent) {
      const selected = $('example-intents').querySelector('button[data-name="' + currentIntent + '"]');
      if (selected) selected.classList.add('selected');
    }
  }

  async function openIntent(intent) {
    const file = await json('/examples/' + encodeURIComponent(intent));
    currentIntent = intent;
    $('example-name').textContent = named(file.name, intent) + '：' + file.count + ' 条例句（# 开头的行是注释）';
    $('example-header').textContent = file.header.join('\n');
    $('example-text').value = file.lines.join('\n');
    numberExamples();
    $('example-text').disabled = false;
    $('example-save').disabled = false;
    $('example-status').textContent = '';
    showProblems($('example-problems'), []);
  }

  $('example-save').addEventListener('click', async () => {
    $('example-status').textContent = '保存中…';
    // Blank lines are sent too, so that "第 N 行" in a problem is line N of the editor; only trailing ones are dropped.
    const lines = $('example-text').value.replace(/\s+$/, '').split('\n').map((l) => l.replace(/\r$/, ''));
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
    await retrain(false, status, tick);
  });
  $('override').addEventListener('click', async () => {
    const started = Date.now();
    const status = $('retrain-status');
    const tick = setInterval(() => { status.textContent = '重新训练并强制上线中… ' + Math.round((Date.now() - started) / 1000) + ' 秒'; }, 500);
    $('retrain').disabled = true;
    $('override').disabled = true;
    $('retrain-progress').hidden = false;
    await retrain(true, status, tick);
  });

  async function retrain(override, status, tick) {
    try {
      const summary = await json('/retrain' + (override ? '?override=true' : ''), { method: 'POST' });
      status.textContent = '完成，用时 ' + summary.seconds + ' 秒；新模型已上线' + (summary.model && summary.model.overridden ? '（未通过比较，强制上线）' : '') + '。';
      if (summary.comparison) gate.showComparison(summary.comparison, true);
      await showEvaluation(summary);
      await loadModel();
    } catch (e) {
      if (e.code === 'WorseModel' && e.body && e.body.comparison) {
        status.textContent = '新模型没有上线，正在使用的模型没有变。';
        gate.showComparison(e.body.comparison, false);
      } else {
        status.textContent = (e.status === 409 ? '已有一次训练在进行：' : '训练失败：') + e.message;
      }
    } finally {
      clearInterval(tick);
      $('retrain').disabled = false;
      $('override').disabled = false;
      $('retrain-progress').hidden = true;
    }
  }

  // ---- the model in use and rollback ----
  async function loadModel() {
    const status = await json('/model');
    const stamp = status.serving;
    $('model-status').textContent = stamp
      ? '正在使用的模型：' + stamp.version + '，' + (stamp.promotedBy === 'start-up' ? '启动时的模型' : stamp.promotedBy + ' 于 ' + new Date(stamp.promotedAt).toLocaleString('zh-CN') + ' 上线') +
        (stamp.overridden ? '（强制上线）' : '')
      : '正在使用的模型：启动时加载的模型（还没有上线过新模型）';
    $('rollback').hidden = !status.previous;
    gate.showStartUp(status.startUp);
  }

  $('rollback').addEventListener('click', async () => {
    $('rollback').disabled = true;
    try {
      await json('/model/rollback', { method: 'POST' });
      $('retrain-status').textContent = '已回滚到上一个模型。';
      await loadModel();
    } catch (e) {
      $('retrain-status').textContent = '回滚失败：' + e.message;
    } finally {
      $('rollback').disabled = false;
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
    $('eval-summary').textContent = 'macro-F1 ' + summary.macroF1.toFixed(4) + ' · 准确率 ' + percent(summary.accuracy) +
      ' · 转人工 ' + percent(summary.escalatedShare) + ' · ' + summary.examples + ' 条例句 · ' + summary.folds + ' 折交叉验证 · ' +
      new Date(summary.createdAt).toLocaleString('zh-CN') + ' · ' + summary.trainedBy;
    $('eval-rows').replaceChildren(...summary.perIntent.map((m) => {
      const row = element('tr');
      [named(intentName(m.intent), m.intent), m.precision.toFixed(4), m.recall.toFixed(4), m.f1.toFixed(4), m.support].forEach((v) => row.appendChild(element('td', v)));
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

  // ---- the review inbox ----
  function showTab(review) {
    $('review').hidden = !review;
    $('train-panel').hidden = review;
    $('tab-review').setAttribute('aria-selected', String(review));
    $('tab-train').setAttribute('aria-selected', String(!review));
  }
  $('tab-train').addEventListener('click', () => showTab(false));
  $('tab-review').addEventListener('click', () => { showTab(true); loadReview().catch((e) => showNotice('待复核读取失败：' + e.message)); });

  async function loadReview() {
    const inbox = await json('/review');
    $('review-count').textContent = inbox.items.length ? '（' + inbox.items.length + '）' : '';
    $('review-empty').hidden = inbox.items.length > 0;
    $('review-items').replaceChildren(...inbox.items.map(reviewItem));
  }

  function reviewItem(item) {
    const li = element('li');
    li.dataset.id = item.id;
    li.appendChild(element('div', item.text, 'line'));
    const g = item.guess;
    li.appendChild(element('div', '出现 ' + item.count + ' 次 · 最近 ' + new Date(item.lastAt).toLocaleString('zh-CN') + ' · ' + item.reasonNames.join('、'), 'status'));
    li.appendChild(element('div', '机器人的判断：' + named(g.name, g.intent) + ' ' + percent(g.confidence) +
      (g.runnerUp ? '；其次 ' + named(g.runnerUpName, g.runnerUp) + ' ' + percent(g.runnerUpConfidence) : '') +
      '；' + (decisions[g.decision] || g.decision), 'guess'));
    const context = element('ol', null, 'context');
    item.context.forEach((c) => context.appendChild(element('li', '买家：' + c.text + '（' + c.name + '）', c.reviewed ? 'reviewed' : null)));
    li.appendChild(context);
    const row = element('div', null, 'row');
    const picker = element('select');
    picker.setAttribute('aria-label', '加入的意图');
    intentList.forEach((i) => {
      const option = element('option', named(i.name, i.intent));
      option.value = i.intent;
      picker.appendChild(option);
    });
    picker.value = g.intent;
    const label = element('button', '加为例句', 'label');
    label.type = 'button';
    const dismiss = element('button', '忽略', 'dismiss');
    dismiss.type = 'button';
    const confirm = element('button', '仍然加入', 'confirm');
    confirm.type = 'button';
    confirm.hidden = true;
    const status = element('span', '', 'status');
    status.setAttribute('role', 'status');
    row.append(picker, label, dismiss, confirm, status);
    li.appendChild(row);
    const decide = async (body) => {
      confirm.hidden = true;
      status.textContent = '处理中…';
      try {
        const done = await json('/review/' + encodeURIComponent(item.id), {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
        });
        showNotice(done.decision.action === 'labelled'
          ? '“' + item.text + '”已加入“' + intentName(done.decision.intent) + '”的例句，重新训练后生效。'
          : '已忽略“' + item.text + '”。');
        await loadReview();
        if (done.added) await loadIntents();
      } catch (e) {
        status.textContent = e.code === 'ModelDisagrees' ? e.message : '没有完成：' + e.message + (e.problems.length ? ' ' + e.problems.join(' ') : '');
        confirm.hidden = e.code !== 'ModelDisagrees';
      }
    };
    label.addEventListener('click', () => decide({ intent: picker.value }));
    confirm.addEventListener('click', () => decide({ intent: picker.value, confirm: true }));
    dismiss.addEventListener('click', () => decide({ dismiss: true }));
    return li;
  }

  function intentName(id) {
    const found = intentList.find((i) => i.intent === id);
    return found ? found.name : id;
  }

  const saved = sessionStorage.getItem(storageKey);
  if (saved) {
    signIn(saved).catch((e) => { if (e.status !== 401) signOut('登录失败：' + e.message); });
  }
})();
