// The trainer console's editors: reply templates and each intent's examples, picked from lists, edited as text and
// saved; problems the server finds are listed under the editor by line.
window.TrainerEditors = function (ui) {
  'use strict';

  const { $, call, json, element, named, numberLines, showProblems } = ui;
  const numberTemplate = numberLines($('template-text'), $('template-gutter'));
  const numberExamples = numberLines($('example-text'), $('example-gutter'));
  let currentTemplate = null;
  let currentIntent = null;
  let intentList = [];

  // ---- pickers ----
  function fillPicker(list, entries, onPick) {
    list.replaceChildren(...entries.map((entry) => {
      const item = element('li');
      const button = element('button', entry.label);
      if (entry.id) button.appendChild(element('span', entry.id, 'intent-id'));
      button.type = 'button';
      button.dataset.name = entry.name;
      if (entry.count !== undefined) button.appendChild(element('span', entry.count, 'count'));
      button.addEventListener('click', () => {
        list.querySelectorAll('button').forEach((b) => b.classList.toggle('selected', b === button));
        onPick(entry.name);
      });
      item.appendChild(button);
      return item;
    }));
  }

  // Puts the text in the editor (template-… or example-…) with its line numbers, ready to edit and save.
  function openEditor(editor, text, numberEditorLines) {
    $(editor + '-text').value = text;
    numberEditorLines();
    $(editor + '-text').disabled = false;
    $(editor + '-save').disabled = false;
    $(editor + '-status').textContent = '';
    showProblems($(editor + '-problems'), []);
  }

  // ---- templates ----
  async function loadTemplates() {
    const list = await json('/templates');
    fillPicker($('template-files'), list.files.map((f) => ({ name: f.file, label: f.file, count: f.situations.length })), openTemplate);
  }

  async function openTemplate(file) {
    const yaml = await (await call('/templates/' + encodeURIComponent(file))).text();
    currentTemplate = file;
    $('template-name').textContent = file;
    openEditor('template', yaml, numberTemplate);
  }

  $('template-save').addEventListener('click', async () => {
    $('template-status').textContent = '保存中…';
    try {
      const saved = await json('/templates/' + encodeURIComponent(currentTemplate), {
        method: 'PUT', headers: { 'Content-Type': 'text/yaml; charset=utf-8' }, body: $('template-text').value
      });
      $('template-status').textContent = '已保存，' + saved.templates + ' 个情景生效。';
      showProblems($('template-problems'), []);
    } catch (e) {
      $('template-status').textContent = '未保存：' + e.message;
      showProblems($('template-problems'), e.problems);
    }
  });

  // ---- examples ----
  async function loadIntents() {
    const list = await json('/examples');
    intentList = list.intents;
    fillPicker($('example-intents'), list.intents.map((i) => ({ name: i.intent, label: i.name, id: i.name !== i.intent ? i.intent : null, count: i.count })), openIntent);
    const chosen = $('add-intent').value;
    $('add-intent').replaceChildren(...intentList.map((i) => {
      const option = element('option', named(i.name, i.intent));
      option.value = i.intent;
      return option;
    }));
    if (chosen) $('add-intent').value = chosen;
    if (currentIntent) {
      const selected = $('example-intents').querySelector('button[data-name="' + currentIntent + '"]');
      if (selected) selected.classList.add('selected');
    }
  }

  async function openIntent(intent) {
    const file = await json('/examples/' + encodeURIComponent(intent));
    currentIntent = intent;
    $('example-name').textContent = named(file.name, intent) + '：' + file.count + ' 条例句（# 开头的行是注释）';
    $('example-header').textContent = file.header.join('\n');
    openEditor('example', file.lines.join('\n'), numberExamples);
  }

  $('example-save').addEventListener('click', async () => {
    $('example-status').textContent = '保存中…';
    // Blank lines are sent too, so that "第 N 行" in a problem is line N of the editor; only trailing ones are dropped.
    const lines = $('example-text').value.replace(/\s+$/, '').split('\n').map((l) => l.replace(/\r$/, ''));
    try {
      const saved = await json('/examples/' + encodeURIComponent(currentIntent), {
        method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ lines: lines })
      });
      $('example-status').textContent = '已保存 ' + saved.count + ' 条例句；重新训练后生效。';
      showProblems($('example-problems'), []);
      await loadIntents();
    } catch (e) {
      $('example-status').textContent = '未保存：' + e.message;
      showProblems($('example-problems'), e.problems);
    }
  });

  function intentName(id) {
    const found = intentList.find((i) => i.intent === id);
    return found ? found.name : id;
  }

  return { loadTemplates, loadIntents, intents: () => intentList, intentName };
};
