// The agent console: signing in and out, and its parts put together. Each part (agent-*.js) is a factory given the
// console's shared object: the state and every part's functions, looked up when called, so parts call each other in
// whatever order they are put together. Everything that comes from buyers (and from the server) is set with
// textContent or as an attribute value, never as HTML; the page's Content-Security-Policy forbids inline script besides.
(function () {
  'use strict';

  const KEY = 'shopbot.agentKey';
  const { $ } = window.AgentUi;

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

  const app = { state: state, signOut: signOut };
  for (const part of [window.AgentApi, window.AgentStream, window.AgentProfile, window.AgentQueue,
    window.AgentConversation, window.AgentCanned, window.AgentReply]) {
    Object.assign(app, part(app));
  }

  async function signIn(key) {
    state.key = key;
    const profile = await app.api('GET', '/me');
    sessionStorage.setItem(KEY, key);
    if (profile.presence === 'offline') {
      state.profile = await app.api('PUT', '/presence', { presence: 'online' });
    } else {
      state.profile = profile;
    }
    $('sign-in').hidden = true;
    $('desk').hidden = false;
    $('agent-bar').hidden = false;
    app.renderProfile();
    await app.refreshQueue();
    app.openStream();
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

  // Releasing, handing back or closing the open conversation.
  async function change(action, confirmText) {
    if (!state.selected || (confirmText && !window.confirm(confirmText))) {
      return;
    }
    try {
      await app.api('POST', '/conversations/' + encodeURIComponent(state.selected) + '/' + action);
      app.clearConversation();
      state.profile = await app.api('GET', '/me');
      app.renderProfile();
    } catch (error) {
      app.showError(error);
    }
  }

  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    $('sign-in-error').hidden = true;
    signIn($('agent-key').value.trim()).catch((error) => {
      if (error.status === 503) {
        $('sign-in-error').textContent = app.OUTAGE;
        $('sign-in-error').hidden = false;
      } else if (error.status !== 401) {
        signOut('暂时无法登录：' + error.message);
      }
    });
  });
  $('sign-out').addEventListener('click', () => signOut(''));
  $('release-button').addEventListener('click', () => change('release', '把这位买家放回队列，交给其他同事？'));
  $('handback-button').addEventListener('click', () => change('handback'));
  $('close-button').addEventListener('click', () => change('close', '结束本次会话？买家会收到评价邀请。'));

  // A remembered key is kept through an outage: signing in is tried again instead of sending the agent back to the key form.
  function resume() {
    signIn(state.key).catch((error) => {
      if (error && error.status === 503) {
        $('sign-in').hidden = true;
        app.showError(error);
        setTimeout(resume, 2000);
      } else {
        signOut('');
      }
    });
  }

  // The desk (desk.js) follows the console through its 'console:*' events and this small public face.
  window.ShopBotConsole = { api: app.api, state: state, notify: app.notify, showError: app.showError, select: app.select };

  if (state.key) {
    resume();
  }
})();
