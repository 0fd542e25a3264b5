// The settle form of the agent console: a "结案" button on every open after-sales case of the conversation, and a
// form that posts to /api/agent/cases/{id}/resolve. Built with the DOM and textContent only, never innerHTML; it
// follows the case list that agent.js renders, so it keeps to its own file.
(function () {
  'use strict';

  const KEY = 'shopbot.agentKey';
  const AFTER_SALES = ['refund_request', 'return', 'exchange', 'compensation', 'lost_parcel', 'reship', 'repair', 'quality_report'];
  const OUTCOMES = [
    ['refunded', '退款'],
    ['exchanged', '换货'],
    ['reshipped', '补发'],
    ['compensated', '补偿'],
    ['rejected', '驳回']
  ];
  const $ = (id) => document.getElementById(id);

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, value);
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function field(labelText, control) {
    const label = el('label', { class: 'settle-field' });
    label.appendChild(el('span', null, labelText));
    label.appendChild(control);
    return label;
  }

  function money(value) {
    return '¥' + Number(value).toFixed(2);
  }

  // ---- the form, built once and placed under the case list ----

  const form = el('form', { id: 'settle-form', class: 'settle', novalidate: '' });
  form.hidden = true;
  const title = el('h3', { id: 'settle-title' });
  const outcome = el('select', { id: 'settle-outcome', 'aria-label': '处理结果' });
  for (const [value, label] of OUTCOMES) {
    outcome.appendChild(el('option', { value: value }, label));
  }
  const amount = (id, label) => el('input', { id: id, type: 'number', min: '0', step: '0.01', inputmode: 'decimal', placeholder: '0.00', 'aria-label': label });
  const refund = amount('settle-refund', '退款金额');
  const compensation = amount('settle-compensation', '补偿金额');
  const postage = amount('settle-postage', '运费');
  const tracking = el('input', { id: 'settle-tracking', type: 'text', maxlength: '32', autocomplete: 'off', placeholder: '换货或补发时填写' });
  const note = el('textarea', { id: 'settle-note', rows: '2', maxlength: '500', placeholder: '处理说明（驳回时必填）' });
  const submit = el('button', { id: 'settle-submit', type: 'submit' }, '确认结案');
  const cancel = el('button', { id: 'settle-cancel', type: 'button', class: 'plain' }, '取消');
  const error = el('p', { id: 'settle-error', class: 'error', role: 'alert' });
  error.hidden = true;
  const buttons = el('div', { class: 'settle-buttons' });
  buttons.append(submit, cancel);
  form.append(title, field('处理结果', outcome), field('退款（元）', refund), field('补偿（元）', compensation),
    field('运费（元）', postage), field('运单号', tracking), field('备注', note), buttons, error);

  const result = el('div', { id: 'settle-result', class: 'settle-result', role: 'status' });
  result.hidden = true;

  let caseId = null;

  function open(id, label) {
    caseId = id;
    title.textContent = '结案 ' + id + (label ? ' · ' + label : '');
    form.reset();
    error.hidden = true;
    result.hidden = true;
    form.hidden = false;
    submit.disabled = false;
    outcome.focus();
  }

  function close() {
    caseId = null;
    form.hidden = true;
  }

  function body() {
    const request = { outcome: outcome.value };
    for (const [name, input] of [['refund', refund], ['compensation', compensation], ['postage', postage]]) {
      if (input.value.trim() !== '') {
        request[name] = Number(input.value);
      }
    }
    if (tracking.value.trim() !== '') {
      request.trackingNumber = tracking.value.trim();
    }
    if (note.value.trim() !== '') {
      request.note = note.value.trim();
    }
    return request;
  }

  function showResult(view) {
    result.replaceChildren();
    result.appendChild(el('p', { class: 'strong' }, '已结案：' + view.caseId + ' · ' + view.outcomeLabel));
    const amounts = [['退款', view.refund], ['补偿', view.compensation], ['运费', view.postage]]
      .filter(([, value]) => Number(value) > 0)
      .map(([label, value]) => label + ' ' + money(value));
    result.appendChild(el('p', { class: 'meta' }, amounts.length > 0 ? amounts.join(' · ') : '不涉及金额'));
    if (view.trackingNumber) {
      result.appendChild(el('p', { class: 'meta' }, '运单号 ' + view.trackingNumber));
    }
    result.appendChild(el('p', { class: 'meta' }, view.buyerMessage ? '已告知买家：' + view.buyerMessage : '未能告知买家，请在对话里说明处理结果。'));
    result.hidden = false;
    markSettled(view.caseId, view.outcomeLabel);
  }

  async function settle(event) {
    event.preventDefault();
    if (!caseId) {
      return;
    }
    submit.disabled = true;
    error.hidden = true;
    try {
      const response = await fetch('/api/agent/cases/' + encodeURIComponent(caseId) + '/resolve', {
        method: 'POST',
        headers: { Authorization: 'Bearer ' + sessionStorage.getItem(KEY), 'Content-Type': 'application/json' },
        body: JSON.stringify(body())
      });
      const json = await response.json().catch(() => null);
      if (!response.ok) {
        throw new Error((json && json.error && json.error.message) || ('结案失败（HTTP ' + response.status + '）'));
      }
      close();
      showResult(json);
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
      submit.disabled = false;
    }
  }

  // ---- buttons on the case list that agent.js renders ----

  const settled = new Map();

  function markSettled(id, label) {
    settled.set(id, label);
    decorate();
  }

  function decorate() {
    for (const item of $('cases').children) {
      const id = item.dataset.caseId;
      const button = item.querySelector('.settle-open');
      const done = item.querySelector('.settle-done');
      if (button && settled.has(id)) {
        button.remove();
      }
      // The list may be drawn again (a live update) before this page's own settlement answers.
      if (done && settled.has(id)) {
        done.textContent = settled.get(id);
      }
      if (!id || item.querySelector('.settle-open, .settle-done')) {
        continue;
      }
      if (settled.has(id) || item.dataset.status !== 'open') {
        item.appendChild(el('span', { class: 'settle-done' }, settled.get(id) || '已结案'));
      } else if (AFTER_SALES.includes(item.dataset.kind)) {
        const button = el('button', { type: 'button', class: 'settle-open plain' }, '结案');
        button.addEventListener('click', () => open(id, item.dataset.kindLabel));
        item.appendChild(button);
      }
    }
  }

  function start() {
    const cases = $('cases');
    if (!cases) {
      return;
    }
    cases.parentNode.append(form, result);
    form.addEventListener('submit', settle);
    cancel.addEventListener('click', close);
    new MutationObserver(decorate).observe(cases, { childList: true });
    // Another conversation: the form and the last result belong to the one before.
    // agent.js sets the id again on every redraw, so only a different id counts.
    new MutationObserver((records) => {
      if (records.some((record) => record.oldValue !== $('conversation').dataset.conversationId)) {
        close();
        result.hidden = true;
      }
    }).observe($('conversation'), { attributes: true, attributeOldValue: true, attributeFilter: ['data-conversation-id'] });
    decorate();
  }

  start();
})();
