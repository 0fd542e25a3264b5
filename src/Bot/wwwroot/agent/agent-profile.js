// The agent's own bar and list: name, presence and how many chats at once, and 我的会话 (the conversations the agent
// holds). A conversation that left the list while open is closed on the desk.
window.AgentProfile = function (app) {
  'use strict';

  const { $, el, emit } = window.AgentUi;
  const state = app.state;

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
      button.addEventListener('click', () => app.select(id));
      item.appendChild(button);
      mine.appendChild(item);
    }
    $('mine-empty').hidden = p.conversations.length > 0;
    if (state.selected && !p.conversations.includes(state.selected)) {
      app.clearConversation();
    }
    emit('profile', p);
  }

  async function setPresence(body) {
    try {
      state.profile = await app.api('PUT', '/presence', body);
      renderProfile();
    } catch (error) {
      app.showError(error);
    }
  }

  $('presence').addEventListener('change', () => setPresence({ presence: $('presence').value }));
  $('capacity').addEventListener('change', () => setPresence({ capacity: Number($('capacity').value) }));

  return { renderProfile: renderProfile };
};
