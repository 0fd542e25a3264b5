// The agent's desk on top of the console (agent.js): answer countdowns with a warning before a chat goes back to the
// queue, drafts kept per conversation, typing that counts as answering, unread badges, a sound and a desktop
// notification, a count in the tab title, Enter to send and keyboard shortcuts, transfers to a colleague and internal
// notes. It follows the console through its 'console:*' events. Each part (desk-*.js) is a factory given the desk's
// shared object (its state and every part's functions, looked up when called) and the console's public face. Text
// from buyers and colleagues is only set as text.
(function () {
  'use strict';

  const { $ } = window.AgentUi;
  const agent = window.ShopBotConsole;

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
    audio: null,
    buyerOf: (id) => agent.state.buyers[id] || id
  };
  for (const part of [window.DeskAlerts, window.DeskUnread, window.DeskCountdowns, window.DeskDrafts, window.DeskKeys,
    window.DeskTransfers, window.DeskNotes]) {
    Object.assign(desk, part(desk, agent));
  }

  function onProfile(profile) {
    const now = Date.now();
    if (desk.mine) {
      for (const id of desk.mine) {
        if (!profile.conversations.includes(id)) {
          const timedOut = desk.deadlines[id] && desk.deadlines[id] <= now + 2000;
          if (desk.ending !== id || now - desk.endingAt > 15000) {
            agent.notify(timedOut
              ? '买家 ' + desk.buyerOf(id) + ' 等待回复超时，会话已转回队列最前面交给其他同事；您写的草稿已保存，再次接入时会恢复。'
              : '买家 ' + desk.buyerOf(id) + ' 的会话已不在您这里（已转给同事或已转回队列）；您写的草稿已保存。');
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
    desk.renderMine();
    desk.renderTitle();
  }

  function onQueue(entries) {
    const ids = entries.map((e) => e.conversationId);
    if (desk.queueIds) {
      const fresh = entries.filter((e) => !desk.queueIds.includes(e.conversationId));
      if (fresh.length > 0) {
        desk.alertAgent('新买家排队', fresh.map((e) => e.buyerId).join('、') + ' 在等人工客服', 'queue', false);
      }
    }
    desk.queueIds = ids;
    desk.renderTitle();
  }

  function onEvent(detail) {
    if (detail.name === 'desk') {
      desk.setDesk(detail.payload);
    } else if (detail.name === 'conversation' && detail.payload.buyerMessages > 0) {
      const id = detail.payload.conversationId;
      if (id !== agent.state.selected || document.hidden) {
        desk.unread[id] = (desk.unread[id] || 0) + detail.payload.buyerMessages;
        desk.renderMine();
        desk.renderTitle();
      }
      desk.alertAgent('买家发来新消息', '买家 ' + desk.buyerOf(id) + ' 发来 ' + detail.payload.buyerMessages + ' 条消息', 'message-' + id, false);
    }
  }

  function onConversation(detail) {
    const id = detail.view.conversationId;
    desk.markSeen(id);
    if (detail.changed) {
      $('transfer-panel').hidden = true;
      desk.restoreDraft(id);
      desk.loadNotes(id);
      desk.tick();
    }
  }

  // Releasing keeps the draft for when the agent claims the chat again; handing back and closing drop it.
  function endingClick(action) {
    return () => {
      desk.ending = agent.state.selected;
      desk.endingAt = Date.now();
      if (action !== 'release') {
        localStorage.removeItem(desk.draftKey(desk.ending));
      }
    };
  }

  document.addEventListener('console:profile', (e) => onProfile(e.detail));
  document.addEventListener('console:queue', (e) => onQueue(e.detail));
  document.addEventListener('console:event', (e) => onEvent(e.detail));
  document.addEventListener('console:conversation', (e) => onConversation(e.detail));
  // Typing saves the draft and counts as answering; a restored draft is neither.
  $('reply-text').addEventListener('input', () => {
    if (!desk.restoring) {
      desk.saveDraft();
      desk.pingTyping();
    }
  });
  $('release-button').addEventListener('click', endingClick('release'), true);
  $('handback-button').addEventListener('click', endingClick('handback'), true);
  $('close-button').addEventListener('click', endingClick('close'), true);
})();
