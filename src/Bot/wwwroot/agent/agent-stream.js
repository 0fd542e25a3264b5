// Live updates: server-sent events read with fetch, so the key travels in a header. A dropped stream is opened again
// after two seconds for as long as the agent is signed in; every event goes on to the desk as 'console:event'.
window.AgentStream = function (app) {
  'use strict';

  const { $, emit } = window.AgentUi;
  const state = app.state;

  async function openStream() {
    if (state.streamAbort) {
      state.streamAbort.abort();
    }
    const abort = new AbortController();
    state.streamAbort = abort;
    try {
      const response = await fetch('/api/agent/events', { headers: { Authorization: 'Bearer ' + state.key }, signal: abort.signal });
      if (response.status === 401) {
        app.signOut('密钥无效或已失效，请重新登录。');
        return;
      }
      if (response.status === 503) {
        app.showError(new app.ApiError(503, null));
      }
      if (!response.ok || !response.body) {
        throw new Error('events ' + response.status);
      }
      app.recovered();
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
      app.setQueue(payload);
    } else if (name === 'agent') {
      state.profile = payload;
      app.renderProfile();
    } else if (name === 'conversation' && payload.conversationId === state.selected) {
      showBuyerTyping(false);
      app.loadConversation(state.selected).catch(app.showError);
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

  return { openStream: openStream, showBuyerTyping: showBuyerTyping };
};
