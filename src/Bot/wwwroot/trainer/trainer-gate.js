// The promotion gate in the trainer console: a new model compared with the one in use, and what a retrain at start-up
// did with newer examples. Text is only ever set with textContent (through ui.element and ui.showProblems).
window.TrainerGate = function (ui) {
  'use strict';

  const { $, element, named, percent, showProblems } = ui;

  function showComparison(c, promoted) {
    const title = $('gate-title');
    title.textContent = promoted
      ? (c.passed ? '新模型通过比较，已上线' : '新模型未通过比较，已按要求强制上线')
      : '新模型比正在使用的模型差，没有上线';
    title.className = promoted && c.passed ? 'promoted' : 'refused';
    showProblems($('gate-reasons'), c.reasons);
    $('gate-summary').textContent = '留出评估集 ' + c.files.join('、') + '，共 ' + c.lines + ' 句' +
      (c.leftOut ? '（另有 ' + c.leftOut + ' 句与训练例句相同，不计）' : '') +
      ' · 在范围内答错：现用模型 ' + c.currentInScopeWrong + ' 句 → 新模型 ' + c.candidateInScopeWrong + ' 句（共 ' + c.inScopeLines + ' 句）' +
      ' · 准确率 ' + percent(c.currentAccuracy) + ' → ' + percent(c.candidateAccuracy) +
      ' · 核心意图 F1 最多允许下降 ' + c.maxF1Drop.toFixed(3);
    $('gate-rows').replaceChildren(...c.intents.map((i) => {
      const row = element('tr', null, i.worse ? 'worse' : (i.change > 0 ? 'better' : ''));
      const change = (i.change > 0 ? '+' : '') + i.change.toFixed(3);
      [named(i.name, i.intent) + (i.contract ? ' ★' : ''), i.support, i.currentF1.toFixed(3), i.candidateF1.toFixed(3), change]
        .forEach((v) => row.appendChild(element('td', v)));
      return row;
    }));
    $('override').hidden = promoted;
    $('gate').hidden = false;
  }

  // A model retrained at start-up from newer examples goes through the same gate as a retrain.
  function showStartUp(startUp) {
    const note = $('model-startup');
    note.hidden = !startUp;
    if (!startUp) return;
    const at = new Date(startUp.at).toLocaleString('zh-CN');
    if (startUp.outcome === 'refused') {
      note.textContent = '启动时（' + at + '）用较新的例句（' + startUp.examples + ' 条）重新训练了模型，但新模型在留出评估集上比之前保存的模型差，没有上线；' +
        '正在使用的仍是之前保存的模型。要让新例句生效：改好例句后点“重新训练”；确认仍要上线这些例句训练的模型，点“仍然上线新模型”（POST /api/trainer/retrain?override=true，或 train --override）。';
      note.className = 'status refused';
      if ($('gate').hidden) {
        showComparison(startUp.comparison, false);
        $('gate-title').textContent = '启动时重新训练的模型没有上线';
      }
    } else if (startUp.outcome === 'promoted') {
      note.textContent = '启动时（' + at + '）用较新的例句（' + startUp.examples + ' 条）重新训练的模型通过了比较，已上线。';
      note.className = 'status';
    } else {
      note.textContent = '启动时（' + at + '）还没有保存的模型：用 ' + startUp.examples + ' 条例句训练了第一个模型并上线（没有可比较的旧模型）。';
      note.className = 'status';
    }
  }

  return { showComparison: showComparison, showStartUp: showStartUp };
};
