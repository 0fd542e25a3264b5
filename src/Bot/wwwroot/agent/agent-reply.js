// The agent's reply: screened while typing (with the rule each finding breaks and a suggested rewrite), refused again
// by the server if anything slips through; and the photo the agent sends to the buyer.
window.AgentReply = function (app) {
  'use strict';

  const KIND = { superlative: '绝对化用语', promise: '承诺', rule: '平台规则', contact: '联系方式', abuse: '不文明用语' };
  const { $, el, emit } = window.AgentUi;
  const state = app.state;

  function scheduleScreen() {
    clearTimeout(state.screenTimer);
    const text = $('reply-text').value.trim();
    const max = state.profile ? state.profile.maxReplyLength : 1000;
    $('reply-length').textContent = [...text].length + ' / ' + max;
    state.blocked = true;
    updateSend();
    if (!text) {
      showScreen(null);
      return;
    }
    if ([...text].length > max) {
      showScreen({ allowed: false, violations: [], tooLong: true });
      return;
    }
    state.screenTimer = setTimeout(runScreen, 250);
  }

  async function runScreen() {
    const text = $('reply-text').value.trim();
    const seq = ++state.screenSeq;
    try {
      const result = await app.api('POST', '/conversations/' + encodeURIComponent(state.selected) + '/screen', { text: text });
      if (seq === state.screenSeq && $('reply-text').value.trim() === text) {
        showScreen(result);
      }
    } catch (error) {
      app.showError(error);
    }
  }

  function showScreen(result) {
    const box = $('screen-result');
    const violations = $('violations');
    violations.replaceChildren();
    $('rewrite-line').hidden = true;
    if (!result) {
      box.hidden = true;
      state.blocked = true;
      updateSend();
      return;
    }
    box.hidden = false;
    state.blocked = !result.allowed;
    box.className = 'screen-result ' + (result.allowed ? 'ok' : 'blocked');
    $('screen-summary').textContent = result.tooLong ? '回复太长，请删减后再发送。'
      : result.allowed ? '合规检查通过，可以发送。' : '合规检查未通过，请修改以下内容后再发送：';
    for (const v of result.violations) {
      violations.appendChild(el('li', 'violation', (KIND[v.kind] || v.kind) + '：“' + v.match + '”（第 ' + (v.index + 1) + ' 个字起）'));
    }
    if (result.rewrite) {
      $('rewrite-text').textContent = result.rewrite;
      $('rewrite-line').hidden = false;
    }
    updateSend();
  }

  function updateSend() {
    $('send-button').disabled = state.blocked || !$('reply-text').value.trim();
  }

  async function send(event) {
    event.preventDefault();
    const text = $('reply-text').value.trim();
    if (!text || state.blocked) {
      return;
    }
    $('send-button').disabled = true;
    try {
      await app.api('POST', '/conversations/' + encodeURIComponent(state.selected) + '/messages', { text: text });
      emit('sent', state.selected);
      $('reply-text').value = '';
      showScreen(null);
      $('reply-length').textContent = '';
      await app.loadConversation(state.selected);
    } catch (error) {
      if (error.status === 422 && error.body) {
        showScreen({ allowed: false, violations: error.body.violations || [] });
      } else {
        app.showError(error);
      }
    }
  }

  $('reply-text').addEventListener('input', scheduleScreen);
  $('reply-form').addEventListener('submit', send);
  AgentPhotos.attachSender({
    place: document.querySelector('#reply-form .reply-side'),
    conversation: () => state.selected,
    key: () => state.key,
    sent: () => app.loadConversation(state.selected),
    failed: (error) => app.showError(error)
  });
  $('use-rewrite').addEventListener('click', () => {
    $('reply-text').value = $('rewrite-text').textContent;
    scheduleScreen();
  });

  return { scheduleScreen: scheduleScreen, showScreen: showScreen };
};
