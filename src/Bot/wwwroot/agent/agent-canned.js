// 快捷回复: the canned replies for the open conversation; a click puts one in the reply box, where it is screened like
// typed text.
window.AgentCanned = function (app) {
  'use strict';

  const { $, el } = window.AgentUi;

  async function loadCanned(id) {
    const list = $('canned');
    list.replaceChildren();
    try {
      const canned = await app.api('GET', '/conversations/' + encodeURIComponent(id) + '/canned-replies');
      for (const reply of canned.replies) {
        const button = el('button', 'chip', reply.label);
        button.type = 'button';
        button.title = reply.text;
        button.addEventListener('click', () => {
          $('reply-text').value = reply.text;
          app.scheduleScreen();
        });
        list.appendChild(button);
      }
    } catch (error) {
      console.warn(error);
    }
  }

  return { loadCanned: loadCanned };
};
