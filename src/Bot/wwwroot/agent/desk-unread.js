// Unread buyer messages: a red badge per chat in 我的会话 and the total in the tab title, with the queue's length.
// The list's rows also get the place for their answer countdown here.
window.DeskUnread = function (desk, agent) {
  'use strict';

  const TITLE = document.title;
  const { $, el } = window.AgentUi;

  function renderTitle() {
    const unread = Object.values(desk.unread).reduce((a, b) => a + b, 0);
    const queued = agent.state.queue ? agent.state.queue.length : 0;
    document.title = (unread > 0 ? '(' + unread + ') ' : '') + TITLE + (queued > 0 ? ' · 排队 ' + queued : '');
  }

  function markSeen(id) {
    if (id && desk.unread[id] && !document.hidden) {
      delete desk.unread[id];
      renderMine();
      renderTitle();
    }
  }

  function renderMine() {
    for (const item of $('mine').children) {
      const link = item.querySelector('[data-conversation-id]');
      if (!link) {
        continue;
      }
      const id = link.dataset.conversationId;
      let badge = item.querySelector('.unread');
      if (desk.unread[id] > 0) {
        if (!badge) {
          badge = el('span', 'unread');
          item.appendChild(badge);
        }
        badge.textContent = String(desk.unread[id]);
        badge.title = desk.unread[id] + ' 条未读消息';
      } else if (badge) {
        badge.remove();
      }
      let timer = item.querySelector('.countdown');
      if (desk.deadlines[id] && !timer) {
        timer = el('span', 'countdown');
        item.appendChild(timer);
      } else if (!desk.deadlines[id] && timer) {
        timer.remove();
      }
    }
    desk.tick();
  }

  document.addEventListener('visibilitychange', () => markSeen(agent.state.selected));

  return { renderTitle: renderTitle, markSeen: markSeen, renderMine: renderMine };
};
