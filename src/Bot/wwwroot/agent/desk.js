// The agent's desk on top of the console (agent.js): answer countdowns with a warning before a chat goes back to the
// queue, drafts kept per conversation, typing that counts as answering, unread badges, a sound and a desktop
// notification, a count in the tab title, Enter to send and keyboard shortcuts, transfers to a colleague and internal
// notes. It follows the console through its 'console:*' events. Text from buyers and colleagues is only set as text.
(function () {
  'use strict';

  const DRAFT = 'shopbot.draft.';
  const DRAFT_DAYS = 3;
  const TYPING_PING_MS = 5000;
  const TITLE = document.title;
  const $ = (id) => document.getElementById(id);

  const desk = {
    deadlines: {},      // conversation id -> deadline in this browser's clock (ms)
    offset: 0,          // the server's clock minus this browser's (ms)
    warningSeconds: 60,
    warned: {},         // conversation id -> the deadline already warned about
    unread: {},         // conversation id -> buyer messages not yet seen
    mine: null,         // conversation ids held at the last profile event
    ending: null,       // a conversation the agent is releasing, handing back or closing, and since when
    endingAt: 0,
    restoring: false,
    offers: [],
    offerIds: null,
    queueIds: null,
    lastPing: {},       // conversation id -> when the last typing ping went out
    audio: null
  };

  function consoleApi() {
    return window.ShopBotConsole;
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

  function button(text, className, onClick) {
    const node = el('button', className, text);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  function buyerOf(id) {
    return consoleApi().state.buyers[id] || id;
  }

  function seconds(ms) {
    const total = Math.max(0, Math.ceil(ms / 1000));
    const m = Math.floor(total / 60);
    const s = total % 60;
    return m > 0 ? m + '分' + String(s).padStart(2, '0') + '秒' : s + '秒';
  }

  // ---- page parts this module adds ----

  function build() {
    const bar = $('agent-bar');
    const permission = button('开启提醒', 'plain', askPermission);
    permission.id = 'notify-permission';
    permission.title = '新买家排队、我的会话有新消息、会话即将超时时，发出桌面通知';
    permission.hidden = !('Notification' in window) || Notification.permission !== 'default';
    bar.insertBefore(permission, $('sign-out'));

    const offers = el('section', 'offers');
    offers.id = 'offers-section';
    offers.hidden = true;
    offers.appendChild(el('h2', null, '同事转给我的会话'));
    const offerList = el('ul', 'offer-list');
    offerList.id = 'offers';
    offers.appendChild(offerList);
    const lists = document.querySelector('.lists');
    lists.insertBefore(offers, lists.firstChild);

    const clock = el('p', 'answer-clock');
    clock.id = 'answer-clock';
    clock.setAttribute('role', 'status');
    clock.hidden = true;
    const chat = document.querySelector('.chat');
    chat.insertBefore(clock, chat.firstChild);

    const help = el('p', 'shortcuts meta', 'Enter 发送 · Shift+Enter 换行 · Alt+N 接入下一位 · Alt+1…9 快捷回复 · Alt+H 转回机器人 · Alt+T 转给同事');
    help.id = 'shortcuts';
    $('reply-form').after(help);

    const actions = document.querySelector('.conversation-head .actions');
    const transfer = button('转给同事', 'plain', toggleTransfer);
    transfer.id = 'transfer-button';
    actions.insertBefore(transfer, actions.firstChild);
    const panel = el('div', 'transfer-panel');
    panel.id = 'transfer-panel';
    panel.hidden = true;
    const select = el('select');
    select.id = 'transfer-to';
    select.setAttribute('aria-label', '转给哪位同事');
    panel.appendChild(select);
    const send = button('发出转接', null, offerTransfer);
    send.id = 'transfer-send';
    panel.appendChild(send);
    panel.appendChild(el('span', 'meta', '对方接受前会话仍由您负责；对方拒绝则回到队列最前面。'));
    document.querySelector('.conversation-head').after(panel);

    const facts = document.querySelector('.facts');
    facts.appendChild(el('h3', null, '内部备注（买家看不到）'));
    const notes = el('ul', 'facts-list notes');
    notes.id = 'notes';
    facts.appendChild(notes);
    const noteText = el('textarea');
    noteText.id = 'note-text';
    noteText.rows = 2;
    noteText.maxLength = 1000;
    noteText.placeholder = '只给同事看的备注，不会发给买家';
    facts.appendChild(noteText);
    const add = button('添加备注', 'plain', addNote);
    add.id = 'add-note';
    facts.appendChild(add);
  }

  // ---- sound and desktop notifications ----

  function askPermission() {
    unlockAudio();
    Notification.requestPermission().then(() => {
      $('notify-permission').hidden = Notification.permission !== 'default';
    });
  }

  // Browsers let a page play sound only after the user did something on it.
  function unlockAudio() {
    if (!desk.audio && window.AudioContext) {
      desk.audio = new AudioContext();
    }
    if (desk.audio && desk.audio.state === 'suspended') {
      desk.audio.resume();
    }
  }

  function beep(high) {
    const audio = desk.audio;
    if (!audio || audio.state !== 'running') {
      return;
    }
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = high ? 1046 : 784;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.35);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.35);
  }

  function alertAgent(title, body, tag, high) {
    beep(high);
    if ('Notification' in window && Notification.permission === 'granted' && (document.hidden || !document.hasFocus())) {
      const notification = new Notification(title, { body: body, tag: tag });
      notification.onclick = () => {
        window.focus();
        notification.close();
      };
    }
  }

  // ---- unread counts and the tab title ----

  function renderTitle() {
    const unread = Object.values(desk.unread).reduce((a, b) => a + b, 0);
    const queued = consoleApi() && consoleApi().state.queue ? consoleApi().state.queue.length : 0;
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
    tick();
  }

  // ---- answer countdowns ----

  function setDesk(view) {
    const offset = Date.parse(view.serverTime) - Date.now();
    desk.offset = offset;
    desk.warningSeconds = view.warningSeconds;
    desk.deadlines = {};
    for (const d of view.deadlines) {
      desk.deadlines[d.conversationId] = Date.parse(d.deadline) - offset;
    }
    setOffers(view.transfers);
    renderMine();
  }

  function tick() {
    const now = Date.now();
    for (const timer of document.querySelectorAll('#mine .countdown')) {
      const id = timer.parentElement.querySelector('[data-conversation-id]').dataset.conversationId;
      const left = (desk.deadlines[id] || now) - now;
      timer.textContent = '剩' + seconds(left);
      timer.className = 'countdown' + (left <= desk.warningSeconds * 1000 ? ' warning' : '');
    }
    const clock = $('answer-clock');
    const selected = consoleApi() && consoleApi().state.selected;
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
        alertAgent('会话即将超时', '买家 ' + buyerOf(id) + ' 还在等您回复，' + seconds(at - now) + '后会转回队列。', 'deadline-' + id, true);
      }
    }
  }

  // ---- drafts, typing and Enter ----

  function draftKey(id) {
    const profile = consoleApi().state.profile;
    return DRAFT + (profile ? profile.agentId : '') + '.' + id;
  }

  function saveDraft() {
    const id = consoleApi().state.selected;
    if (!id) {
      return;
    }
    const text = $('reply-text').value;
    if (text.trim()) {
      localStorage.setItem(draftKey(id), JSON.stringify({ text: text, at: Date.now() }));
    } else {
      localStorage.removeItem(draftKey(id));
    }
  }

  function restoreDraft(id) {
    const raw = localStorage.getItem(draftKey(id));
    if (!raw) {
      return;
    }
    try {
      const draft = JSON.parse(raw);
      if (Date.now() - draft.at < DRAFT_DAYS * 86400000 && !$('reply-text').value) {
        $('reply-text').value = draft.text;
        desk.restoring = true;
        $('reply-text').dispatchEvent(new Event('input'));
        desk.restoring = false;
        return;
      }
    } catch (error) {
      console.warn(error);
    }
    localStorage.removeItem(draftKey(id));
  }

  function dropOldDrafts() {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key && key.startsWith(DRAFT)) {
        try {
          if (Date.now() - JSON.parse(localStorage.getItem(key)).at >= DRAFT_DAYS * 86400000) {
            localStorage.removeItem(key);
          }
        } catch (error) {
          localStorage.removeItem(key);
        }
      }
    }
  }

  async function pingTyping() {
    const id = consoleApi().state.selected;
    if (!id || !$('reply-text').value.trim() || Date.now() - (desk.lastPing[id] || 0) < TYPING_PING_MS) {
      return;
    }
    desk.lastPing[id] = Date.now();
    try {
      const result = await consoleApi().api('POST', '/conversations/' + encodeURIComponent(id) + '/typing');
      if (result && result.answerDeadline) {
        desk.deadlines[id] = Date.parse(result.answerDeadline) - desk.offset;
        tick();
      }
    } catch (error) {
      console.warn(error);
    }
  }

  function onReplyKey(event) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) {
      return;
    }
    event.preventDefault();
    if (!$('send-button').disabled) {
      $('reply-form').requestSubmit();
    } else {
      consoleApi().notify('回复还没通过合规检查（或为空），暂时不能发送。');
    }
  }

  function onShortcut(event) {
    unlockAudio();
    if (!event.altKey || event.ctrlKey || event.metaKey || $('desk').hidden) {
      return;
    }
    const key = event.key.toLowerCase();
    const code = event.code || '';
    let handled = true;
    if (key === 'n' || code === 'KeyN') {
      $('claim-next').click();
    } else if (key === 'h' || code === 'KeyH') {
      if (!$('conversation').hidden) {
        $('handback-button').click();
      }
    } else if (key === 't' || code === 'KeyT') {
      if (!$('conversation').hidden) {
        toggleTransfer();
      }
    } else if (/^Digit[1-9]$/.test(code)) {
      const chip = document.querySelectorAll('#canned .chip')[Number(code.slice(5)) - 1];
      if (chip) {
        chip.click();
        $('reply-text').focus();
      }
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  }

  // ---- transfers ----

  async function toggleTransfer() {
    const panel = $('transfer-panel');
    if (!panel.hidden) {
      panel.hidden = true;
      return;
    }
    try {
      const list = await consoleApi().api('GET', '/colleagues');
      const select = $('transfer-to');
      select.replaceChildren();
      for (const c of list.colleagues) {
        const option = el('option', null, c.name + (c.presence === 'online' ? '（在线，' + c.chats + '/' + c.capacity + '）' : '（不在线）'));
        option.value = c.agentId;
        option.disabled = c.presence !== 'online';
        select.appendChild(option);
      }
      const firstOnline = list.colleagues.find((c) => c.presence === 'online');
      $('transfer-send').disabled = !firstOnline;
      if (firstOnline) {
        select.value = firstOnline.agentId;
      }
      panel.hidden = false;
    } catch (error) {
      consoleApi().showError(error);
    }
  }

  async function offerTransfer() {
    const id = consoleApi().state.selected;
    const to = $('transfer-to').value;
    if (!id || !to) {
      return;
    }
    try {
      const result = await consoleApi().api('POST', '/conversations/' + encodeURIComponent(id) + '/transfer', { toAgent: to });
      $('transfer-panel').hidden = true;
      consoleApi().notify('已请 ' + result.toName + ' 接手买家 ' + buyerOf(id) + '；对方接受前，会话仍由您负责。');
    } catch (error) {
      consoleApi().showError(error);
    }
  }

  function setOffers(offers) {
    const ids = offers.map((o) => o.conversationId);
    if (desk.offerIds) {
      for (const o of offers) {
        if (!desk.offerIds.includes(o.conversationId)) {
          alertAgent('同事转来一位买家', o.fromName + ' 想把买家 ' + (o.buyerId || o.conversationId) + ' 转给您。', 'offer-' + o.conversationId, true);
        }
      }
    }
    desk.offerIds = ids;
    desk.offers = offers;
    const list = $('offers');
    list.replaceChildren();
    for (const o of offers) {
      const item = el('li', 'offer');
      item.dataset.conversationId = o.conversationId;
      item.appendChild(el('div', null, o.fromName + ' 转来：买家 ' + (o.buyerId || o.conversationId)));
      item.appendChild(button('接受', null, () => answerOffer(o.conversationId, 'accept')));
      item.appendChild(button('拒绝', 'plain', () => answerOffer(o.conversationId, 'decline')));
      list.appendChild(item);
    }
    $('offers-section').hidden = offers.length === 0;
  }

  async function answerOffer(id, answer) {
    const c = consoleApi();
    try {
      const result = await c.api('POST', '/conversations/' + encodeURIComponent(id) + '/transfer/' + answer);
      setOffers(desk.offers.filter((o) => o.conversationId !== id));
      if (answer === 'accept') {
        c.state.profile = await c.api('GET', '/me');
        await c.select(result.conversationId);
      } else {
        c.notify('已拒绝转接，买家已回到队列最前面。');
      }
    } catch (error) {
      c.showError(error);
    }
  }

  // ---- notes ----

  async function loadNotes(id) {
    const list = $('notes');
    list.replaceChildren();
    try {
      const result = await consoleApi().api('GET', '/conversations/' + encodeURIComponent(id) + '/notes');
      if (consoleApi().state.selected !== id) {
        return;
      }
      for (const note of result.notes) {
        const item = el('li', 'note');
        item.appendChild(el('div', 'meta', note.name + ' · ' + new Date(note.at).toLocaleString('zh-CN')));
        item.appendChild(el('div', 'note-text', note.text));
        list.appendChild(item);
      }
      if (result.notes.length === 0) {
        list.appendChild(el('li', 'empty', '还没有备注'));
      }
    } catch (error) {
      console.warn(error);
    }
  }

  async function addNote() {
    const id = consoleApi().state.selected;
    const text = $('note-text').value.trim();
    if (!id || !text) {
      return;
    }
    try {
      await consoleApi().api('POST', '/conversations/' + encodeURIComponent(id) + '/notes', { text: text });
      $('note-text').value = '';
      await loadNotes(id);
    } catch (error) {
      consoleApi().showError(error);
    }
  }

  // ---- following the console ----

  function onProfile(profile) {
    const now = Date.now();
    if (desk.mine) {
      for (const id of desk.mine) {
        if (!profile.conversations.includes(id)) {
          const timedOut = desk.deadlines[id] && desk.deadlines[id] <= now + 2000;
          if (desk.ending !== id || now - desk.endingAt > 15000) {
            consoleApi().notify(timedOut
              ? '买家 ' + buyerOf(id) + ' 等待回复超时，会话已转回队列最前面交给其他同事；您写的草稿已保存，再次接入时会恢复。'
              : '买家 ' + buyerOf(id) + ' 的会话已不在您这里（已转给同事或已转回队列）；您写的草稿已保存。');
          }
          delete desk.unread[id];
          delete desk.deadlines[id];
        }
      }
    }
    desk.mine = profile.conversations.slice();
    if (desk.ending && !profile.conversations.includes(desk.ending)) {
      desk.ending = null;
    }
    renderMine();
    renderTitle();
  }

  function onQueue(entries) {
    const ids = entries.map((e) => e.conversationId);
    if (desk.queueIds) {
      const fresh = entries.filter((e) => !desk.queueIds.includes(e.conversationId));
      if (fresh.length > 0) {
        alertAgent('新买家排队', fresh.map((e) => e.buyerId).join('、') + ' 在等人工客服', 'queue', false);
      }
    }
    desk.queueIds = ids;
    renderTitle();
  }

  function onEvent(detail) {
    if (detail.name === 'desk') {
      setDesk(detail.payload);
    } else if (detail.name === 'conversation' && detail.payload.buyerMessages > 0) {
      const id = detail.payload.conversationId;
      if (id !== consoleApi().state.selected || document.hidden) {
        desk.unread[id] = (desk.unread[id] || 0) + detail.payload.buyerMessages;
        renderMine();
        renderTitle();
      }
      alertAgent('买家发来新消息', '买家 ' + buyerOf(id) + ' 发来 ' + detail.payload.buyerMessages + ' 条消息', 'message-' + id, false);
    }
  }

  function onConversation(detail) {
    const id = detail.view.conversationId;
    markSeen(id);
    if (detail.changed) {
      $('transfer-panel').hidden = true;
      restoreDraft(id);
      loadNotes(id);
      tick();
    }
  }

  function endingClick(action) {
    return () => {
      desk.ending = consoleApi().state.selected;
      desk.endingAt = Date.now();
      if (action !== 'release') {
        localStorage.removeItem(draftKey(desk.ending));
      }
    };
  }

  build();
  dropOldDrafts();
  document.addEventListener('console:profile', (e) => onProfile(e.detail));
  document.addEventListener('console:queue', (e) => onQueue(e.detail));
  document.addEventListener('console:event', (e) => onEvent(e.detail));
  document.addEventListener('console:conversation', (e) => onConversation(e.detail));
  document.addEventListener('console:sent', (e) => localStorage.removeItem(draftKey(e.detail)));
  document.addEventListener('visibilitychange', () => markSeen(consoleApi().state.selected));
  document.addEventListener('keydown', onShortcut);
  document.addEventListener('pointerdown', unlockAudio);
  $('reply-text').addEventListener('keydown', onReplyKey);
  $('reply-text').addEventListener('input', () => {
    if (!desk.restoring) {
      saveDraft();
      pingTyping();
    }
  });
  $('release-button').addEventListener('click', endingClick('release'), true);
  $('handback-button').addEventListener('click', endingClick('handback'), true);
  $('close-button').addEventListener('click', endingClick('close'), true);
  setInterval(tick, 500);
})();
