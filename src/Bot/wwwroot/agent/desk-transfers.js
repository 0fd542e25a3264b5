// Transfers to a named colleague: 转给同事 offers the open chat to an online colleague (it stays the agent's until they
// accept), and 同事转给我的会话 lists the chats colleagues offer this agent, to accept or decline.
window.DeskTransfers = function (desk, agent) {
  'use strict';

  const { el, button } = window.AgentUi;

  const section = el('section', 'offers');
  section.id = 'offers-section';
  section.hidden = true;
  section.appendChild(el('h2', null, '同事转给我的会话'));
  const offerList = el('ul', 'offer-list');
  offerList.id = 'offers';
  section.appendChild(offerList);
  const lists = document.querySelector('.lists');
  lists.insertBefore(section, lists.firstChild);

  const actions = document.querySelector('.conversation-head .actions');
  const transfer = button('转给同事', 'plain', toggleTransfer);
  transfer.id = 'transfer-button';
  actions.insertBefore(transfer, actions.firstChild);
  const panel = el('div', 'transfer-panel');
  panel.id = 'transfer-panel';
  panel.hidden = true;
  const colleagues = el('select');
  colleagues.id = 'transfer-to';
  colleagues.setAttribute('aria-label', '转给哪位同事');
  panel.appendChild(colleagues);
  const send = button('发出转接', null, offerTransfer);
  send.id = 'transfer-send';
  panel.appendChild(send);
  panel.appendChild(el('span', 'meta', '对方接受前会话仍由您负责；对方拒绝则回到队列最前面。'));
  document.querySelector('.conversation-head').after(panel);

  async function toggleTransfer() {
    if (!panel.hidden) {
      panel.hidden = true;
      return;
    }
    try {
      const list = await agent.api('GET', '/colleagues');
      colleagues.replaceChildren();
      for (const c of list.colleagues) {
        const option = el('option', null, c.name + (c.presence === 'online' ? '（在线，' + c.chats + '/' + c.capacity + '）' : '（不在线）'));
        option.value = c.agentId;
        option.disabled = c.presence !== 'online';
        colleagues.appendChild(option);
      }
      const firstOnline = list.colleagues.find((c) => c.presence === 'online');
      send.disabled = !firstOnline;
      if (firstOnline) {
        colleagues.value = firstOnline.agentId;
      }
      panel.hidden = false;
    } catch (error) {
      agent.showError(error);
    }
  }

  async function offerTransfer() {
    const id = agent.state.selected;
    const to = colleagues.value;
    if (!id || !to) {
      return;
    }
    try {
      const result = await agent.api('POST', '/conversations/' + encodeURIComponent(id) + '/transfer', { toAgent: to });
      panel.hidden = true;
      agent.notify('已请 ' + result.toName + ' 接手买家 ' + desk.buyerOf(id) + '；对方接受前，会话仍由您负责。');
    } catch (error) {
      agent.showError(error);
    }
  }

  function setOffers(offers) {
    const ids = offers.map((o) => o.conversationId);
    if (desk.offerIds) {
      for (const o of offers) {
        if (!desk.offerIds.includes(o.conversationId)) {
          desk.alertAgent('同事转来一位买家', o.fromName + ' 想把买家 ' + (o.buyerId || o.conversationId) + ' 转给您。', 'offer-' + o.conversationId, true);
        }
      }
    }
    desk.offerIds = ids;
    desk.offers = offers;
    offerList.replaceChildren();
    for (const o of offers) {
      const item = el('li', 'offer');
      item.dataset.conversationId = o.conversationId;
      item.appendChild(el('div', null, o.fromName + ' 转来：买家 ' + (o.buyerId || o.conversationId)));
      item.appendChild(button('接受', null, () => answerOffer(o.conversationId, 'accept')));
      item.appendChild(button('拒绝', 'plain', () => answerOffer(o.conversationId, 'decline')));
      offerList.appendChild(item);
    }
    section.hidden = offers.length === 0;
  }

  async function answerOffer(id, answer) {
    try {
      const result = await agent.api('POST', '/conversations/' + encodeURIComponent(id) + '/transfer/' + answer);
      setOffers(desk.offers.filter((o) => o.conversationId !== id));
      if (answer === 'accept') {
        agent.state.profile = await agent.api('GET', '/me');
        await agent.select(result.conversationId);
      } else {
        agent.notify('已拒绝转接，买家已回到队列最前面。');
      }
    } catch (error) {
      agent.showError(error);
    }
  }

  return { toggleTransfer: toggleTransfer, setOffers: setOffers };
};
