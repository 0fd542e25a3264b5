// Answer countdowns: how long each buyer in 我的会话 still waits for the agent before the chat goes back to the queue,
// a bar over the open chat, and a warning (red, a tone, a notification) in the last stretch. Typing counts as
// answering: the reply box pings the server, which starts the deadline again.
window.DeskCountdowns = function (desk, agent) {
  'use strict';

  const TYPING_PING_MS = 5000;
  const { $, el } = window.AgentUi;

  const clock = el('p', 'answer-clock');
  clock.id = 'answer-clock';
  clock.setAttribute('role', 'status');
  clock.hidden = true;
  const chat = document.querySelector('.chat');
  chat.insertBefore(clock, chat.firstChild);

  function seconds(ms) {
    const total = Math.max(0, Math.ceil(ms / 1000));
    const m = Math.floor(total / 60);
    const s = total % 60;
    return m > 0 ? m + '分' + String(s).padStart(2, '0') + '秒' : s + '秒';
  }

  function setDesk(view) {
    const offset = Date.parse(view.serverTime) - Date.now();
    desk.offset = offset;
    desk.warningSeconds = view.warningSeconds;
    desk.deadlines = {};
    for (const d of view.deadlines) {
      desk.deadlines[d.conversationId] = Date.parse(d.deadline) - offset;
    }
    desk.setOffers(view.transfers);
    desk.renderMine();
  }

  function tick() {
    const now = Date.now();
    for (const timer of document.querySelectorAll('#mine .countdown')) {
      const id = timer.parentElement.querySelector('[data-conversation-id]').dataset.conversationId;
      const left = (desk.deadlines[id] || now) - now;
      timer.textContent = '剩' + seconds(left);
      timer.className = 'countdown' + (left <= desk.warningSeconds * 1000 ? ' warning' : '');
    }
    const selected = agent.state.selected;
    const deadline = selected && desk.deadlines[selected];
    if (!deadline) {
      clock.hidden = true;
      return;
    }
    const left = deadline - now;
    const warning = left <= desk.warningSeconds * 1000;
    clock.hidden = false;
    clock.className = 'answer-clock' + (warning ? ' warning' : '');
    clock.textContent = warning
      ? '⚠ 买家等您回复，还剩 ' + seconds(left) + '！超时未回复，会话会转回队列交给其他同事（正在输入也算回复）。'
      : '买家在等您回复，还剩 ' + seconds(left) + '（超时会转回队列）。';
    for (const [id, at] of Object.entries(desk.deadlines)) {
      if (at - now <= desk.warningSeconds * 1000 && at - now > 0 && desk.warned[id] !== at) {
        desk.warned[id] = at;
        desk.alertAgent('会话即将超时', '买家 ' + desk.buyerOf(id) + ' 还在等您回复，' + seconds(at - now) + '后会转回队列。', 'deadline-' + id, true);
      }
    }
  }

  async function pingTyping() {
    const id = agent.state.selected;
    if (!id || !$('reply-text').value.trim() || Date.now() - (desk.lastPing[id] || 0) < TYPING_PING_MS) {
      return;
    }
    desk.lastPing[id] = Date.now();
    try {
      const result = await agent.api('POST', '/conversations/' + encodeURIComponent(id) + '/typing');
      if (result && result.answerDeadline) {
        desk.deadlines[id] = Date.parse(result.answerDeadline) - desk.offset;
        tick();
      }
    } catch (error) {
      console.warn(error);
    }
  }

  setInterval(tick, 500);

  return { setDesk: setDesk, tick: tick, pingTyping: pingTyping };
};
