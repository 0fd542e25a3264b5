// Internal notes on a conversation (内部备注): colleagues read them, the buyer never does.
window.DeskNotes = function (desk, agent) {
  'use strict';

  const { el, button } = window.AgentUi;

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

  async function loadNotes(id) {
    notes.replaceChildren();
    try {
      const result = await agent.api('GET', '/conversations/' + encodeURIComponent(id) + '/notes');
      if (agent.state.selected !== id) {
        return;
      }
      for (const note of result.notes) {
        const item = el('li', 'note');
        item.appendChild(el('div', 'meta', note.name + ' · ' + new Date(note.at).toLocaleString('zh-CN')));
        item.appendChild(el('div', 'note-text', note.text));
        notes.appendChild(item);
      }
      if (result.notes.length === 0) {
        notes.appendChild(el('li', 'empty', '还没有备注'));
      }
    } catch (error) {
      console.warn(error);
    }
  }

  async function addNote() {
    const id = agent.state.selected;
    const text = noteText.value.trim();
    if (!id || !text) {
      return;
    }
    try {
      await agent.api('POST', '/conversations/' + encodeURIComponent(id) + '/notes', { text: text });
      noteText.value = '';
      await loadNotes(id);
    } catch (error) {
      agent.showError(error);
    }
  }

  return { loadNotes: loadNotes };
};
