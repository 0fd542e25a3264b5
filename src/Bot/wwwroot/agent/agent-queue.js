// 排队中: the buyers waiting for an agent, with their priority, intent, reason and waiting time, and claiming one of
// them or the next in line.
window.AgentQueue = function (app) {
  'use strict';

  const { PRIORITY, $, el, emit, duration } = window.AgentUi;
  const state = app.state;

  async function refreshQueue() {
    setQueue(await app.api('GET', '/queue'));
  }

  function setQueue(view) {
    state.queue = view.entries;
    for (const entry of view.entries) {
      state.buyers[entry.conversationId] = entry.buyerId;
    }
    state.queueReceivedAt = Date.now();
    renderQueue();
    emit('queue', view.entries);
  }

  function renderQueue() {
    const list = $('queue');
    const elapsed = (Date.now() - state.queueReceivedAt) / 1000;
    list.replaceChildren();
    for (const entry of state.queue) {
      const item = el('li', 'queue-item priority-' + entry.priority);
      item.dataset.conversationId = entry.conversationId;
      const head = el('div', 'queue-head');
      head.appendChild(el('strong', 'buyer', entry.buyerId));
      head.appendChild(el('span', 'badge', PRIORITY[entry.priority] || entry.priority));
      item.appendChild(head);
      const meta = el('div', 'meta');
      const wait = el('span', 'wait', '等待 ' + duration(entry.waitingSeconds + elapsed));
      wait.dataset.waitingSeconds = String(entry.waitingSeconds);
      meta.appendChild(wait);
      meta.appendChild(document.createTextNode(' · 意图 ' + (entry.intentName || entry.intent || '未知') +
        (entry.heldMessages > 0 ? ' · 留言 ' + entry.heldMessages + ' 条' : '') + (entry.returned ? ' · 重新排队' : '')));
      item.appendChild(meta);
      item.appendChild(el('div', 'reason', entry.reasonText || entry.reason));
      if (entry.summary) {
        item.appendChild(el('div', 'summary', entry.summary));
      }
      const claim = el('button', 'claim', '接入');
      claim.type = 'button';
      claim.addEventListener('click', () => claimConversation(entry.conversationId));
      item.appendChild(claim);
      list.appendChild(item);
    }
    $('queue-count').textContent = String(state.queue.length);
    $('queue-empty').hidden = state.queue.length > 0;
  }

  async function claimConversation(id) {
    try {
      app.showConversation(await app.api('POST', '/conversations/' + encodeURIComponent(id) + '/claim'));
      state.profile = await app.api('GET', '/me');
      app.renderProfile();
      app.notify('');
    } catch (error) {
      app.showError(error);
    }
  }

  async function claimNext() {
    try {
      const view = await app.api('POST', '/claim-next');
      if (!view) {
        app.notify('队列里没有等待的买家。');
        return;
      }
      app.showConversation(view);
      state.profile = await app.api('GET', '/me');
      app.renderProfile();
      app.notify('');
    } catch (error) {
      app.showError(error);
    }
  }

  $('claim-next').addEventListener('click', claimNext);
  // Waiting times tick in place, so a claim button is never replaced under the pointer.
  setInterval(() => {
    const elapsed = (Date.now() - state.queueReceivedAt) / 1000;
    for (const wait of document.querySelectorAll('#queue .wait')) {
      wait.textContent = '等待 ' + duration(Number(wait.dataset.waitingSeconds) + elapsed);
    }
  }, 1000);

  return { refreshQueue: refreshQueue, setQueue: setQueue };
};
