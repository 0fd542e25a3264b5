// The buyer page: draws Web Chat in Chinese against this host's Direct Line. Text from the server or the buyer is
// only ever set with textContent or handed to Web Chat, which renders it safely; never as HTML here.
(function () {
  'use strict';

  const notice = document.getElementById('notice');
  const chat = document.getElementById('webchat');

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = false;
  }

  async function fetchJson(url, options) {
    const response = await fetch(url, options);
    if (!response.ok) {
      throw new Error(url + ' → ' + response.status);
    }
    return response.json();
  }

  function applyShop(config) {
    document.title = config.shopName + ' · 在线客服';
    document.getElementById('shop-name').textContent = config.shopName + ' · 在线客服';
    document.documentElement.style.setProperty('--accent', config.accentColor);
    document.documentElement.style.setProperty('--background', config.backgroundColor);
  }

  async function startChat(config, buyerId) {
    const buyer = await fetchJson('/api/buyer/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: buyerId })
    });
    const directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + config.directLineDomain,
      token: buyer.token,
      webSocket: false
    });
    chat.replaceChildren();
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: buyer.userId,
        username: buyer.userName,
        locale: config.locale,
        styleOptions: {
          accent: config.accentColor,
          backgroundColor: '#ffffff',
          bubbleBackground: config.botBubbleColor,
          bubbleFromUserBackground: config.userBubbleColor,
          bubbleFromUserTextColor: config.userBubbleTextColor,
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          botAvatarInitials: '客服',
          userAvatarInitials: '我'
        }
      },
      chat
    );
    chat.dataset.conversationId = buyer.conversationId;
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
    document.getElementById('buyer-picker').hidden = false;
    select.addEventListener('change', function () {
      startChat(config, select.value).catch(failed);
    });
    await startChat(config, select.value);
  }

  function failed(error) {
    console.error(error);
    showNotice('暂时连不上客服，请稍后刷新重试。');
  }

  main().catch(failed);
})();
