// The review inbox of the trainer console: buyers' lines the bot was unsure of, each labelled with an intent (added
// to its examples) or dismissed.
window.TrainerReview = function (ui, editors) {
  'use strict';

  const { $, json, element, named, percent, decisions, showNotice } = ui;

  function showTab(review) {
    $('review').hidden = !review;
    $('train-panel').hidden = review;
    $('tab-review').setAttribute('aria-selected', String(review));
    $('tab-train').setAttribute('aria-selected', String(!review));
  }
  $('tab-train').addEventListener('click', () => showTab(false));
  $('tab-review').addEventListener('click', () => { showTab(true); loadReview().catch((e) => showNotice('待复核读取失败：' + e.message)); });

  async function loadReview() {
    const inbox = await json('/review');
    $('review-count').textContent = inbox.items.length ? '（' + inbox.items.length + '）' : '';
    $('review-empty').hidden = inbox.items.length > 0;
    $('review-items').replaceChildren(...inbox.items.map(reviewItem));
  }

  function reviewItem(item) {
    const li = element('li');
    li.dataset.id = item.id;
    li.appendChild(element('div', item.text, 'line'));
    const g = item.guess;
    li.appendChild(element('div', '出现 ' + item.count + ' 次 · 最近 ' + new Date(item.lastAt).toLocaleString('zh-CN') + ' · ' + item.reasonNames.join('、'), 'status'));
    li.appendChild(element('div', '机器人的判断：' + named(g.name, g.intent) + ' ' + percent(g.confidence) +
      (g.runnerUp ? '；其次 ' + named(g.runnerUpName, g.runnerUp) + ' ' + percent(g.runnerUpConfidence) : '') +
      '；' + (decisions[g.decision] || g.decision), 'guess'));
    const context = element('ol', null, 'context');
    item.context.forEach((c) => context.appendChild(element('li', '买家：' + c.text + '（' + c.name + '）', c.reviewed ? 'reviewed' : null)));
    li.appendChild(context);
    const row = element('div', null, 'row');
    const picker = element('select');
    picker.setAttribute('aria-label', '加入的意图');
    editors.intents().forEach((i) => {
      const option = element('option', named(i.name, i.intent));
      option.value = i.intent;
      picker.appendChild(option);
    });
    picker.value = g.intent;
    const label = element('button', '加为例句', 'label');
    label.type = 'button';
    const dismiss = element('button', '忽略', 'dismiss');
    dismiss.type = 'button';
    const confirm = element('button', '仍然加入', 'confirm');
    confirm.type = 'button';
    confirm.hidden = true;
    const status = element('span', '', 'status');
    status.setAttribute('role', 'status');
    row.append(picker, label, dismiss, confirm, status);
    li.appendChild(row);
    const decide = async (body) => {
      confirm.hidden = true;
      status.textContent = '处理中…';
      try {
        const done = await json('/review/' + encodeURIComponent(item.id), {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
        });
        showNotice(done.decision.action === 'labelled'
          ? '“' + item.text + '”已加入“' + editors.intentName(done.decision.intent) + '”的例句，重新训练后生效。'
          : '已忽略“' + item.text + '”。');
        await loadReview();
        if (done.added) await editors.loadIntents();
      } catch (e) {
        status.textContent = e.code === 'ModelDisagrees' ? e.message : '没有完成：' + e.message + (e.problems.length ? ' ' + e.problems.join(' ') : '');
        confirm.hidden = e.code !== 'ModelDisagrees';
      }
    };
    label.addEventListener('click', () => decide({ intent: picker.value }));
    confirm.addEventListener('click', () => decide({ intent: picker.value, confirm: true }));
    dismiss.addEventListener('click', () => decide({ dismiss: true }));
    return li;
  }

  return { loadReview };
};
