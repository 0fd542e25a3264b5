// The buyer page: draws Web Chat in Chinese against this host's Direct Line. Text from the server or the buyer is
// only ever set with textContent or handed to Web Chat, which renders it safely; never as HTML here.
(function () {
  'use strict';

  const chat = document.getElementById('webchat');
  const FAILED = '暂时连不上客服，请稍后刷新重试。';
  const connection = window.BuyerConnection;
  const showNotice = connection.showNotice;
  const fetchJson = connection.fetchJson;

  // An agent's messages come from 'agent:{id}' with the agent's display name in from.name: the buyer sees a person's
  // avatar beside them, never the bot's (the agent's name is in the notice that they joined). Web Chat's bundle exposes
  // no React to build elements with, so the avatar is plain text; buyer.css draws an avatar gutter that holds text and
  // no element as the agent's avatar. (Web Chat refuses anything but an element from an activity status middleware.)
  const AGENT_AVATAR = '人工';

  function fromAgent(activity) {
    return !!(activity && activity.from && typeof activity.from.id === 'string' && activity.from.id.indexOf('agent:') === 0);
  }

  function agentAvatar() {
    return function (next) {
      return function (args) {
        return fromAgent(args.activity) ? function () { return AGENT_AVATAR; } : next(args);
      };
    };
  }

  // Web Chat groups consecutive messages by from.role alone and draws one avatar per group, so an agent's reply after
  // a bot notice would sit under the bot's avatar: a new group starts wherever the sender changes between bot and agent.
  function groupByAgent() {
    return function (next) {
      return function (options) {
        const sender = [];
        let previous = null;
        options.activities.forEach(function (activity) {
          const key = (activity.from && activity.from.role) + (fromAgent(activity) ? '|' + activity.from.id : '');
          if (previous !== key) {
            sender.push([]);
            previous = key;
          }
          sender[sender.length - 1].push(activity);
        });
        return Object.assign({}, next(options), { sender: sender });
      };
    };
  }

  function applyShop(config) {
    document.title = config.shopName + ' · 在线客服';
    document.getElementById('shop-name').textContent = config.shopName + ' · 在线客服';
    document.documentElement.style.setProperty('--accent', config.accentColor);
    document.documentElement.style.setProperty('--background', config.backgroundColor);
  }

  // The chat on screen: its Direct Line, store and session. Switching buyers ends it and draws a new one in a fresh pane
  // (Web Chat cannot be drawn twice into the same element).
  let current = null;

  async function sessionFor(config, buyerId, resume) {
    const domain = window.location.origin + config.directLineDomain;
    const kept = resume ? window.BuyerSession.load(buyerId) : null;
    const session = kept ? await window.BuyerSession.refreshIfNeeded(kept, domain) : null;
    if (session) {
      return { session: session, resumed: true };
    }
    const buyer = await fetchJson('/api/buyer/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: buyerId })
    });
    return { session: window.BuyerSession.start(buyerId, buyer), resumed: false };
  }

  async function startChat(config, buyerId, resume) {
    const { session, resumed } = await sessionFor(config, buyerId, resume);
    if (current) {
      current.end();
    }
    let ended = false;
    // A resumed chat names its conversation: directlinejs then asks for a new stream URL from the start, so the whole
    // conversation is drawn again, each activity once.
    const directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + config.directLineDomain,
      token: session.token,
      conversationId: resumed ? session.conversationId : undefined
    });
    directLine.services.ajax = connection.retryOnUnavailable(directLine.services.ajax);
    directLine.services.WebSocket = connection.trackedWebSocket(directLine.services.WebSocket, function () { return !ended; });
    directLine.connectionStatus$.subscribe(function (status) {
      // 4 is FailedToConnect: only a refresh helps then. 3 is ExpiredToken, 5 Ended (the conversation is gone): a new chat.
      if (status === 4) {
        showNotice(FAILED);
      } else if ((status === 3 || status === 5) && !ended) {
        window.BuyerSession.clear();
        startChat(config, buyerId, false).catch(failed);
      }
    });
    const keepToken = setInterval(function () {
      window.BuyerSession.renewed(session, directLine.token, 30 * 60);
    }, 60 * 1000);
    const store = window.WebChat.createStore();
    const pane = document.createElement('div');
    pane.className = 'webchat-pane';
    chat.replaceChildren(pane);
    connection.reset();
    current = {
      store: store,
      end: function () {
        ended = true;
        clearInterval(keepToken);
        directLine.end();
      }
    };
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: session.userId,
        username: session.userName,
        locale: config.locale,
        avatarMiddleware: agentAvatar,
        groupActivitiesMiddleware: groupByAgent,
        styleOptions: {
          accent: config.accentColor,
          backgroundColor: '#ffffff',
          bubbleBackground: config.botBubbleColor,
          bubbleFromUserBackground: config.userBubbleColor,
          bubbleFromUserTextColor: config.userBubbleTextColor,
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          // A chosen photo goes at once, with its thumbnail in the buyer's own bubble.
          sendAttachmentOn: 'attach',
          // Suggested replies wrap onto more lines instead of scrolling sideways, so none (人工客服 included) is hidden.
          suggestedActionLayout: 'flow',
          botAvatarInitials: '客服',
          userAvatarInitials: '我'
        }
      },
      pane
    );
    chat.dataset.conversationId = session.conversationId;
  }

  function askForAgent() {
    if (current) {
      current.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: '人工客服' } });
    }
  }

  async function main() {
    if (!window.WebChat) {
      showNotice('聊天组件没有安装：请在仓库根目录运行 npm ci，然后刷新本页。(Web Chat is missing: run npm ci)');
      return;
    }

    const config = await fetchJson('/api/buyer/config');
    applyShop(config);
    if (config.sampleBuyers.length === 0) {
      showNotice('请从店铺的订单页面进入客服。');
      return;
    }

    const select = document.getElementById('buyer-select');
    for (const buyer of config.sampleBuyers) {
      const option = document.createElement('option');
      option.value = buyer.id;
      option.textContent = buyer.note ? buyer.name + '（' + buyer.note + '）' : buyer.name;
      select.appendChild(option);
    }
    const kept = window.BuyerSession.load(select.value) || config.sampleBuyers.map((b) => window.BuyerSession.load(b.id)).find(Boolean);
    if (kept) {
      select.value = kept.buyerId;
    }
    document.getElementById('buyer-picker').hidden = false;
    select.addEventListener('change', function () {
      startChat(config, select.value, false).catch(failed);
    });
    document.getElementById('agent-button').addEventListener('click', askForAgent);
    await startChat(config, select.value, true);
  }

  function failed(error) {
    console.error(error);
    showNotice(FAILED);
  }

  main().catch(failed);
})();
