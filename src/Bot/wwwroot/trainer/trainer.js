// The trainer console: signing in, trying an utterance and adding it to an intent's examples; the editors, the model
// and the review inbox are their own scripts. Every text from the server (utterances, replies, templates, examples) is
// set with textContent or as a form value, never as HTML. The key lives in sessionStorage: gone when the tab closes.
(function () {
  'use strict';

  const ui = window.TrainerUi(signOut);
  const { storageKey, $, json, element, named, percent, decisions, showNotice } = ui;
  const gate = window.TrainerGate(ui);
  const editors = window.TrainerEditors(ui);
  const model = window.TrainerModel(ui, gate, editors.intentName);
  const review = window.TrainerReview(ui, editors);
  let lastTried = null;

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
    await editors.loadIntents();
    await Promise.all([editors.loadTemplates(), model.loadEvaluation(), model.loadModel(), review.loadReview()]);
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
      await editors.loadIntents();
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

  const saved = sessionStorage.getItem(storageKey);
  if (saved) {
    signIn(saved).catch((e) => { if (e.status !== 401) signOut('登录失败：' + e.message); });
  }
})();
