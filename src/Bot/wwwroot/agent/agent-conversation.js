// The open conversation: the transcript with its photos, and beside it why the buyer came to an agent, the recap, the
// orders and the after-sales cases (the settle form decorates that list) and the buyer's history.
window.AgentConversation = function (app) {
  'use strict';

  const SENDER = { buyer: '买家', bot: '机器人', agent: '客服' };
  const { PRIORITY, $, el, emit, clock } = window.AgentUi;
  const state = app.state;

  async function select(id) {
    state.wanted = id;
    try {
      await loadConversation(id);
    } catch (error) {
      app.showError(error);
    }
  }

  // The chat the agent last clicked wins: a reload of the previous chat that answers late never covers it.
  async function loadConversation(id) {
    const view = await app.api('GET', '/conversations/' + encodeURIComponent(id));
    if (state.wanted === null || state.wanted === id) {
      showConversation(view);
    }
  }

  function showConversation(view) {
    const changed = state.selected !== view.conversationId;
    if (changed) {
      app.showBuyerTyping(false);
    }
    state.buyers[view.conversationId] = view.buyerId;
    state.selected = view.conversationId;
    state.wanted = view.conversationId;
    $('placeholder').hidden = true;
    $('conversation').hidden = false;
    $('conversation').dataset.conversationId = view.conversationId;
    $('conv-buyer').textContent = view.buyerId;
    $('conv-meta').textContent = '意图 ' + (view.intentName || view.intent || '未知') + ' · ' + (PRIORITY[view.priority] || view.priority) + ' · 转人工于 ' + clock(view.requestedAt);
    $('conv-reason').textContent = view.reasonText || view.reason;
    $('conv-summary').textContent = (view.recap && view.recap.text) || view.summary || '—';
    window.AgentHistory.render(view);
    $('conv-order-summary').textContent = view.orderSummary || '';
    renderTranscript(view.transcript);
    renderOrders(view.orders);
    renderCases(view.cases);
    if (changed) {
      $('reply-text').value = '';
      app.showScreen(null);
      app.loadCanned(view.conversationId);
    }
    for (const item of $('mine').children) {
      item.className = item.firstChild && item.firstChild.dataset.conversationId === view.conversationId ? 'selected' : '';
    }
    emit('conversation', { view: view, changed: changed });
  }

  function renderTranscript(messages) {
    const transcript = $('transcript');
    transcript.replaceChildren();
    for (const message of messages) {
      const item = el('li', 'message from-' + message.sender);
      const who = el('div', 'who', (SENDER[message.sender] || message.sender) + (message.name ? ' · ' + message.name : '') + ' ' + clock(message.time));
      item.appendChild(who);
      if (message.text || message.attachments.length === 0) {
        item.appendChild(el('div', 'text', message.text));
      }
      if (message.attachments.length > 0) {
        item.appendChild(AgentPhotos.thumbnails(message.attachments, state.key));
      }
      transcript.appendChild(item);
    }
    transcript.scrollTop = transcript.scrollHeight;
  }

  function renderOrders(orders) {
    const list = $('orders');
    list.replaceChildren();
    for (const order of orders) {
      const item = el('li');
      item.appendChild(el('div', 'strong', order.orderNumber + ' · ' + order.status));
      item.appendChild(el('div', 'meta', order.title));
      item.appendChild(el('div', 'meta', '实付 ¥' + Number(order.amountPaid).toFixed(2) + (order.carrier ? ' · ' + order.carrier : '') + (order.trackingNumber ? ' ' + order.trackingNumber : '')));
      list.appendChild(item);
    }
  }

  function invoiceDetail(record) {
    if (!record.invoiceTitle && !record.taxNumber && !record.email) {
      return null;
    }
    const type = record.invoiceTitleType === 'company' ? '公司' : record.invoiceTitleType === 'personal' ? '个人' : '';
    return [record.invoiceTitle ? '抬头 ' + record.invoiceTitle + (type ? '（' + type + '）' : '') : null,
      record.taxNumber ? '税号 ' + record.taxNumber : null,
      record.email ? '邮箱 ' + record.email : null].filter(Boolean).join(' · ');
  }

  function renderCases(records) {
    const cases = $('cases');
    cases.replaceChildren();
    for (const record of records) {
      const item = el('li');
      item.dataset.caseId = record.id;
      item.dataset.kind = record.kind;
      item.dataset.kindLabel = record.kindLabel;
      item.dataset.status = record.status;
      item.appendChild(el('div', 'strong', record.id + ' · ' + record.kindLabel + ' · ' + (record.statusName || record.status)));
      const detail = [record.orderNumber, record.reason, record.description, invoiceDetail(record), record.returnParcel ? '寄回单号 ' + record.returnParcel : null, record.photos > 0 ? '照片 ' + record.photos + ' 张' : null].filter(Boolean).join(' · ');
      item.appendChild(el('div', 'meta', detail));
      if (record.attachments.length > 0) {
        item.appendChild(AgentPhotos.thumbnails(record.attachments, state.key));
      }
      cases.appendChild(item);
    }
    $('cases-empty').hidden = records.length > 0;
  }

  function clearConversation() {
    state.selected = null;
    $('conversation').hidden = true;
    $('placeholder').hidden = false;
  }

  return { select: select, loadConversation: loadConversation, showConversation: showConversation, clearConversation: clearConversation };
};
