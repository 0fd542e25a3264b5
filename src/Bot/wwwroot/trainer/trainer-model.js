// The model in the trainer console: retraining (and forcing a refused model live), the evaluation report with its
// confusion picture, the model in use and rolling back to the one before.
window.TrainerModel = function (ui, gate, intentName) {
  'use strict';

  const { $, call, json, element, named, percent, showNotice } = ui;
  let pictureUrl = null;

  // ---- retrain and evaluation ----
  $('retrain').addEventListener('click', () => retrain(false, '训练并交叉验证中…'));
  $('override').addEventListener('click', () => retrain(true, '重新训练并强制上线中…'));

  // The buttons stay disabled and the status counts the seconds until the server answers.
  async function retrain(override, working) {
    const started = Date.now();
    const status = $('retrain-status');
    const tick = setInterval(() => { status.textContent = working + ' ' + Math.round((Date.now() - started) / 1000) + ' 秒'; }, 500);
    $('retrain').disabled = true;
    if (override) $('override').disabled = true;
    $('retrain-progress').hidden = false;
    status.textContent = working;
    try {
      const summary = await json('/retrain' + (override ? '?override=true' : ''), { method: 'POST' });
      status.textContent = '完成，用时 ' + summary.seconds + ' 秒；新模型已上线' + (summary.model && summary.model.overridden ? '（未通过比较，强制上线）' : '') + '。';
      if (summary.comparison) gate.showComparison(summary.comparison, true);
      await showEvaluation(summary);
      await loadModel();
    } catch (e) {
      if (e.code === 'WorseModel' && e.body && e.body.comparison) {
        status.textContent = '新模型没有上线，正在使用的模型没有变。';
        gate.showComparison(e.body.comparison, false);
      } else {
        status.textContent = (e.status === 409 ? '已有一次训练在进行：' : '训练失败：') + e.message;
      }
    } finally {
      clearInterval(tick);
      $('retrain').disabled = false;
      $('override').disabled = false;
      $('retrain-progress').hidden = true;
    }
  }

  // ---- the model in use and rollback ----
  async function loadModel() {
    const status = await json('/model');
    const stamp = status.serving;
    $('model-status').textContent = stamp
      ? '正在使用的模型：' + stamp.version + '，' + (stamp.promotedBy === 'start-up' ? '启动时的模型' : stamp.promotedBy + ' 于 ' + new Date(stamp.promotedAt).toLocaleString('zh-CN') + ' 上线') +
        (stamp.overridden ? '（强制上线）' : '')
      : '正在使用的模型：启动时加载的模型（还没有上线过新模型）';
    $('rollback').hidden = !status.previous;
    gate.showStartUp(status.startUp);
  }

  $('rollback').addEventListener('click', async () => {
    $('rollback').disabled = true;
    try {
      await json('/model/rollback', { method: 'POST' });
      $('retrain-status').textContent = '已回滚到上一个模型。';
      await loadModel();
    } catch (e) {
      $('retrain-status').textContent = '回滚失败：' + e.message;
    } finally {
      $('rollback').disabled = false;
    }
  });

  async function loadEvaluation() {
    try {
      await showEvaluation(await json('/eval'));
    } catch (e) {
      if (e.status !== 404) showNotice('读取评估报告失败：' + e.message);
    }
  }

  async function showEvaluation(summary) {
    $('eval-summary').textContent = 'macro-F1 ' + summary.macroF1.toFixed(4) + ' · 准确率 ' + percent(summary.accuracy) +
      ' · 转人工 ' + percent(summary.escalatedShare) + ' · ' + summary.examples + ' 条例句 · ' + summary.folds + ' 折交叉验证 · ' +
      new Date(summary.createdAt).toLocaleString('zh-CN') + ' · ' + summary.trainedBy;
    $('eval-rows').replaceChildren(...summary.perIntent.map((m) => {
      const row = element('tr');
      [named(intentName(m.intent), m.intent), m.precision.toFixed(4), m.recall.toFixed(4), m.f1.toFixed(4), m.support].forEach((v) => row.appendChild(element('td', v)));
      return row;
    }));
    // An <img> cannot send the key, so the picture is fetched and shown from a blob: URL.
    const blob = await (await call('/eval/confusion.svg')).blob();
    if (pictureUrl) URL.revokeObjectURL(pictureUrl);
    pictureUrl = URL.createObjectURL(blob);
    $('confusion').src = pictureUrl;
    $('eval-empty').hidden = true;
    $('eval-report').hidden = false;
  }

  return { loadModel, loadEvaluation };
};
