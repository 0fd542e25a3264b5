// Drafts kept per agent and conversation in localStorage for three days: they come back when the chat is opened or
// claimed again, and go once the reply is sent.
window.DeskDrafts = function (desk, agent) {
  'use strict';

  const DRAFT = 'shopbot.draft.';
  const DRAFT_DAYS = 3;
  const { $ } = window.AgentUi;

  function draftKey(id) {
    const profile = agent.state.profile;
    return DRAFT + (profile ? profile.agentId : '') + '.' + id;
  }

  function saveDraft() {
    const id = agent.state.selected;
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

  dropOldDrafts();
  document.addEventListener('console:sent', (e) => localStorage.removeItem(draftKey(e.detail)));

  return { draftKey: draftKey, saveDraft: saveDraft, restoreDraft: restoreDraft };
};
