// What the agent knows of the buyer beyond this chat: earlier conversations (date, intent, outcome, rating) and every
// case of the buyer. Text from the server only ever goes in with textContent.
window.AgentHistory = (function () {
  'use strict';

  const { el } = window.AgentUi;

  function day(iso) {
    return iso ? new Date(iso).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '';
  }

  function stars(rating) {
    return rating ? '★'.repeat(rating) + '☆'.repeat(5 - rating) : '未评价';
  }

  function render(view) {
    const history = document.getElementById('history');
    history.replaceChildren();
    for (const past of view.history || []) {
      const item = el('li', 'past');
      item.dataset.conversationId = past.conversationId;
      item.appendChild(el('div', 'strong', day(past.startedAt) + ' · ' + past.intentName));
      item.appendChild(el('div', 'meta', past.outcomeName + ' · ' + stars(past.rating) + (past.orderNumber ? ' · 订单 ' + past.orderNumber : '')));
      history.appendChild(item);
    }
    document.getElementById('history-empty').hidden = (view.history || []).length > 0;

    const cases = document.getElementById('buyer-cases');
    cases.replaceChildren();
    for (const record of view.buyerCases || []) {
      const item = el('li');
      item.appendChild(el('div', 'strong', record.id + ' · ' + record.kindLabel + ' · ' + (record.statusName || record.status)));
      const here = record.conversationId === view.conversationId ? '本次会话' : day(record.createdAt);
      item.appendChild(el('div', 'meta', [here, record.orderNumber, record.reason].filter(Boolean).join(' · ')));
      cases.appendChild(item);
    }
    document.getElementById('buyer-cases-empty').hidden = (view.buyerCases || []).length > 0;
  }

  return { render: render };
})();
