// The agent console. Everything that comes from buyers (and from the server) is set with textContent or as an
// attribute value, never as HTML; the page's Content-Security-Policy forbids inline script besides.
(function () {
  'use strict';

  const KEY = 'shopbot.agentKey';
  const PRIORITY = { normal: '普通', overdue: '超时未发货', complaint: '投诉' };
  const SENDER = { buyer: '买家', bot: '机器人', agent: '客服' };
  const KIND = { superlative: '绝对化用语', promise: '承诺', rule: '平台规则', contact: '联系方式', abuse: '不文明用语' };
  const $ = (id) => document.getElementById(id);

  const state = {
    key: sessionStorage.getItem(KEY),
    profile: null,
    queue: [],
    queueReceivedAt: 0,
    selected: null,
    wanted: null,
    streamAbort: null,
    screenTimer: 0,
    screenSeq: 0,
    blocked: true,
    buyers: {}
  };

  // The host answers 503 (with Retry-After) while its storage is briefly down; nothing was changed, so the agent
  // can simply do it again. The notice goes away by itself with the next call that gets through.
  const OUTAGE = '网络开小差了，操作暂未完成，请稍后再试；系统恢复后本提示会自动消失。';
  let outageShown = false;

  class ApiError extends Error {
    constructor(status, body) {
      super(status === 503 ? OUTAGE : (body && body.error && body.error.message) || ('HTTP ' + status));
      this.status = status;
      this.body = body;
    }
  }

  async function api(method, path, body) {
    const headers = { Authorization: 'Bearer ' + state.key };
    const init = { method: method, headers: headers };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch('/api/agent' + path, init);
    if (response.status === 401) {
      signOut('密钥无效或已失效，请重新登录。');
      throw new ApiError(401, null);
    }
    if (response.status === 204) {
      return null;
    }
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      throw new ApiError(response.status, json);
    }
    if (outageShown) {
      outageShown = false;
      notify('');
    }
    return json;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  // The desk (desk.js) follows the console through these events and its small public face below.
  function emit(name, detail) {
    document.dispatchEvent(new CustomEvent('console:' + name, { detail: detail }));
  }

  function notify(text) {
    $('notice').textContent = text;
    $('notice').hidden = !text;
  }

  function duration(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return m > 0 ? m + '分' + s + '秒' : s + '秒';
  }

  function clock(iso) {
    if (!iso) {
      return '';
    }
    const d = new Date(iso);
    return d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  // ---- sign in / out ----

  async function signIn(key) {
    state.key = key;
    const profile = await api('GET', '/me');
    sessionStorage.setItem(KEY, key);
    if (profile.presence === 'offline') {
      state.profile = await api('PUT', '/presence', { presence: 'online' });
    } else {
      state.profile = profile;
    }
    $('sign-in').hidden = true;
    $('desk').hidden = false;
    $('agent-bar').hidden = false;
    renderProfile();
    await refreshQueue();
    openStream();
  }

  function signOut(message) {
    if (state.streamAbort) {
      state.streamAbort.abort();
      state.streamAbort = null;
    }
    sessionStorage.removeItem(KEY);
    state.key = null;
    state.profile = null;
    state.selected = null;
    $('desk').hidden = true;
    $('agent-bar').hidden = true;
    $('sign-in').hidden = false;
    $('sign-in-error').textContent = message || '';
    $('sign-in-error').hidden = !message;
  }

  // ---- live updates: server-sent events read with fetch, so the key travels in a header ----

  async function openStream() {
    if (state.streamAbort) {
      state.streamAbort.abort();
    }
    const abort = new AbortController();
    state.streamAbort = abort;
    try {
      const response = await fetch('/api/agent/events', { headers: { Authorization: 'Bearer ' + state.key }, signal: abort.signal });
      if (response.status === 401) {
        signOut('密钥无效或已失效，请重新登录。');
        return;
      }
      if (response.status === 503) {
        showError(new ApiError(503, null));
      }
      if (!response.ok || !response.body) {
        throw new Error('events ' + response.status);
      }
      if (outageShown) {
        outageShown = false;
        notify('');
      }
      $('stream-state').textContent = '● 实时';
      $('stream-state').className = 'stream-state live';
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) {
          break;
        }
        buffer += chunk.value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (error) {
      if (abort.signal.aborted) {
        return;
      }
      console.warn(error);
    }
    if (state.streamAbort === abort && state.key) {
      $('stream-state').textContent = '○ 重连中';
      $('stream-state').className = 'stream-state';
      setTimeout(() => { if (state.streamAbort === abort && state.key) { openStream(); } }, 2000);
    }
  }

  function dispatch(block) {
    let name = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) {
        name = line.slice(7);
      } else if (line.startsWith('data: ')) {
        data += line.slice(6);
      }
    }
    if (!data) {
      return;
    }
    const payload = JSON.parse(data);
    if (name === 'queue') {
      setQueue(payload);
    } else if (name === 'agent') {
      state.profile = payload;
      renderProfile();
    } else if (name === 'conversation' && payload.conversationId === state.selected) {
      showBuyerTyping(false);
      loadConversation(state.selected).catch(showError);
    } else if (name === 'typing' && payload.conversationId === state.selected) {
      showBuyerTyping(true);
    }
    emit('event', { name: name, payload: payload });
  }

  // The buyer's typing is a hint that fades: Web Chat sends it every few seconds while the buyer types.
  let buyerTypingTimer = 0;
  function showBuyerTyping(typing) {
    clearTimeout(buyerTypingTimer);
    $('buyer-typing').hidden = !typing;
    if (typing) {
      buyerTypingTimer = setTimeout(() => ($('buyer-typing').hidden = true), 6000);
    }
  }

  // ---- profile, presence and my conversations ----

  function renderProfile() {
    const p = state.profile;
    // The name already says who the agent is (小柚（售后一组）); the id, which buyers see, is in the tooltip.
    $('agent-name').textContent = p.name || p.agentId;
    $('agent-name').title = p.agentId;
    $('presence').value = p.presence;
    $('capacity').value = p.capacity || '';
    const mine = $('mine');
    mine.replaceChildren();
    for (const id of p.conversations) {
      const item = el('li', id === state.selected ? 'selected' : '');
      const button = el('button', 'link', state.buyers[id] || id);
      button.title = id;
      button.type = 'button';
      button.dataset.conversationId = id;
      button.addEventListener('click', () => select(id));
      item.appendChild(button);
      mine.appendChild(item);
    }
    $('mine-empty').hidden = p.conversations.length > 0;
    if (state.selected && !p.conversations.includes(state.selected)) {
      clearConversation();
    }
    emit('profile', p);
  }

  // ---- queue ----

  async function refreshQueue() {
    setQueue(await api('GET', '/queue'));
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
      showConversation(await api('POST', '/conversations/' + encodeURIComponent(id) + '/claim'));
      state.profile = await api('GET', '/me');
      renderProfile();
      notify('');
    } catch (error) {
      showError(error);
    }
  }

  async function claimNext() {
    try {
      const view = await api('POST', '/claim-next');
      if (!view) {
        notify('队列里没有等待的买家。');
        return;
      }
      showConversation(view);
      state.profile = await api('GET', '/me');
      renderProfile();
      notify('');
    } catch (error) {
      showError(error);
    }
  }

  // ---- one conversation ----

  async function select(id) {
    state.wanted = id;
    try {
      await loadConversation(id);
    } catch (error) {
      showError(error);
    }
  }

  // The chat the agent last clicked wins: a reload of the previous chat that answers late never covers it.
  async function loadConversation(id) {
    const view = await api('GET', '/conversations/' + encodeURIComponent(id));
    if (state.wanted === null || state.wanted === id) {
      showConversation(view);
    }
  }

  function showConversation(view) {
    const changed = state.selected !== view.conversationId;
    if (changed) {
      showBuyerTyping(false);
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

    const transcript = $('transcript');
    transcript.replaceChildren();
    for (const message of view.transcript) {
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

    const orders = $('orders');
    orders.replaceChildren();
    for (const order of view.orders) {
      const item = el('li');
      item.appendChild(el('div', 'strong', order.orderNumber + ' · ' + order.status));
      item.appendChild(el('div', 'meta', order.title));
      item.appendChild(el('div', 'meta', '实付 ¥' + Number(order.amountPaid).toFixed(2) + (order.carrier ? ' · ' + order.carrier : '') + (order.trackingNumber ? ' ' + order.trackingNumber : '')));
      orders.appendChild(item);
    }

    const cases = $('cases');
    cases.replaceChildren();
    for (const record of view.cases) {
      const item = el('li');
      item.dataset.caseId = record.id;
      item.dataset.kind = record.kind;
      item.dataset.kindLabel = record.kindLabel;
      item.dataset.status = record.status;
      item.appendChild(el('div', 'strong', record.id + ' · ' + record.kindLabel + ' · ' + (record.statusName || record.status)));
      const detail = [record.orderNumber, record.reason, record.description, record.photos > 0 ? '照片 ' + record.photos + ' 张' : null].filter(Boolean).join(' · ');
      item.appendChild(el('div', 'meta', detail));
      if (record.attachments.length > 0) {
        item.appendChild(AgentPhotos.thumbnails(record.attachments, state.key));
      }
      cases.appendChild(item);
    }
    $('cases-empty').hidden = view.cases.length > 0;

    if (changed) {
      $('reply-text').value = '';
      showScreen(null);
      loadCanned(view.conversationId);
    }
    for (const item of $('mine').children) {
      item.className = item.firstChild && item.firstChild.dataset.conversationId === view.conversationId ? 'selected' : '';
    }
    emit('conversation', { view: view, changed: changed });
  }

  function clearConversation() {
    emit('cleared', state.selected);
    state.selected = null;
    $('conversation').hidden = true;
    $('placeholder').hidden = false;
  }

  async function loadCanned(id) {
    const list = $('canned');
    list.replaceChildren();
    try {
      const canned = await api('GET', '/conversations/' + encodeURIComponent(id) + '/canned-replies');
      for (const reply of canned.replies) {
        const button = el('button', 'chip', reply.label);
        button.type = 'button';
        button.title = reply.text;
        button.addEventListener('click', () => {
          $('reply-text').value = reply.text;
          scheduleScreen();
        });
        list.appendChild(button);
      }
    } catch (error) {
      console.warn(error);
    }
  }

  // ---- reply: screened while typing, refused again by the server if anything slips through ----

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
      const result = await api('POST', '/conversations/' + encodeURIComponent(state.selected) + '/screen', { text: text });
      if (seq === state.screenSeq && $('reply-text').value.trim() === text) {
        showScreen(result);
      }
    } catch (error) {
      showError(error);
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
      await api('POST', '/conversations/' + encodeURIComponent(state.selected) + '/messages', { text: text });
      emit('sent', state.selected);
      $('reply-text').value = '';
      showScreen(null);
      $('reply-length').textContent = '';
      await loadConversation(state.selected);
    } catch (error) {
      if (error.status === 422 && error.body) {
        showScreen({ allowed: false, violations: error.body.violations || [] });
      } else {
        showError(error);
      }
    }
  }

  async function change(action, confirmText) {
    if (!state.selected || (confirmText && !window.confirm(confirmText))) {
      return;
    }
    try {
      await api('POST', '/conversations/' + encodeURIComponent(state.selected) + '/' + action);
      clearConversation();
      state.profile = await api('GET', '/me');
      renderProfile();
    } catch (error) {
      showError(error);
    }
  }

  async function setPresence(body) {
    try {
      state.profile = await api('PUT', '/presence', body);
      renderProfile();
    } catch (error) {
      showError(error);
    }
  }

  function showError(error) {
    if (error && error.status === 401) {
      return;
    }
    console.warn(error);
    outageShown = Boolean(error && error.status === 503);
    notify(error && error.message ? error.message : '操作失败，请重试。');
  }

  // ---- wiring ----

  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    $('sign-in-error').hidden = true;
    signIn($('agent-key').value.trim()).catch((error) => {
      if (error.status === 503) {
        $('sign-in-error').textContent = OUTAGE;
        $('sign-in-error').hidden = false;
      } else if (error.status !== 401) {
        signOut('暂时无法登录：' + error.message);
      }
    });
  });
  $('sign-out').addEventListener('click', () => signOut(''));
  $('presence').addEventListener('change', () => setPresence({ presence: $('presence').value }));
  $('capacity').addEventListener('change', () => setPresence({ capacity: Number($('capacity').value) }));
  $('claim-next').addEventListener('click', claimNext);
  $('reply-text').addEventListener('input', scheduleScreen);
  $('reply-form').addEventListener('submit', send);
  AgentPhotos.attachSender({
    place: document.querySelector('#reply-form .reply-side'),
    conversation: () => state.selected,
    key: () => state.key,
    sent: () => loadConversation(state.selected),
    failed: showError
  });
  $('use-rewrite').addEventListener('click', () => {
    $('reply-text').value = $('rewrite-text').textContent;
    scheduleScreen();
  });
  $('release-button').addEventListener('click', () => change('release', '把这位买家放回队列，交给其他同事？'));
  $('handback-button').addEventListener('click', () => change('handback'));
  $('close-button').addEventListener('click', () => change('close', '结束本次会话？买家会收到评价邀请。'));
  // Waiting times tick in place, so a claim button is never replaced under the pointer.
  setInterval(() => {
    const elapsed = (Date.now() - state.queueReceivedAt) / 1000;
    for (const wait of document.querySelectorAll('#queue .wait')) {
      wait.textContent = '等待 ' + duration(Number(wait.dataset.waitingSeconds) + elapsed);
    }
  }, 1000);

  // A remembered key is kept through an outage: signing in is tried again instead of sending the agent back to the key form.
  function resume() {
    signIn(state.key).catch((error) => {
      if (error && error.status === 503) {
        $('sign-in').hidden = true;
        showError(error);
        setTimeout(resume, 2000);
      } else {
        signOut('');
      }
    });
  }

  window.ShopBotConsole = { api: api, state: state, notify: notify, showError: showError, select: select };

  if (state.key) {
    resume();
  }
})();
