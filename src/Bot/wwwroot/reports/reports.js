// The owner's reports. Every text from the server (buyer lines, agent names, intents) is set with textContent, never
// as HTML; chart labels are drawn on a canvas. The key lives in sessionStorage: gone when the tab closes.
(function () {
  'use strict';

  const api = '/api/reports';
  const storageKey = 'shopbot.supervisorKey';
  const $ = (id) => document.getElementById(id);
  const charts = {};
  const reasonNames = {
    buyer_asked: '买家要求人工',
    unclear_after_clarifying: '追问后仍不明白',
    flow_needs_person: '流程需要人工',
    complaint: '投诉',
    fallback: '多次答不上',
  };
  const outcomes = [
    ['resolvedByBot', '机器人解决', '#2e9d5b'],
    ['handedOff', '转人工', '#4a7fc1'],
    ['abandoned', '排队放弃', '#e0a020'],
    ['unresolved', '未解决', '#b3261e'],
    ['open', '进行中', '#9e9e9e'],
  ];

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.error && body.error.message) || ('请求失败（HTTP ' + status + '）'));
      this.status = status;
    }
  }

  async function call(path) {
    const response = await fetch(api + path, { headers: { Authorization: 'Bearer ' + sessionStorage.getItem(storageKey) } });
    if (response.status === 401) {
      throw new ApiError(401, { error: { message: '密钥无效或已失效，请重新登录。' } });
    }
    if (response.status === 403) {
      throw new ApiError(403, { error: { message: '这个密钥没有查看报表的权限，请使用主管密钥。' } });
    }
    if (!response.ok) {
      let body = null;
      try { body = await response.json(); } catch (e) { body = null; }
      throw new ApiError(response.status, body);
    }
    return response;
  }

  function showNotice(text) {
    $('notice').textContent = text || '';
    $('notice').hidden = !text;
  }

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function seconds(value) {
    if (value === null || value === undefined) return '–';
    if (value < 60) return Math.round(value) + ' 秒';
    if (value < 3600) return (value / 60).toFixed(1) + ' 分钟';
    return (value / 3600).toFixed(1) + ' 小时';
  }

  function csat(figure) {
    return figure.count === 0 ? '–' : figure.average.toFixed(2) + ' 分';
  }

  function query() {
    return '?from=' + encodeURIComponent($('from').value) + '&to=' + encodeURIComponent($('to').value);
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
    return charts[id];
  }

  function render(summary) {
    $('k-conversations').textContent = summary.conversations;
    $('k-resolved').textContent = summary.resolvedByBot;
    $('k-rate').textContent = summary.botResolutionRate === null ? '' : '解决率 ' + (summary.botResolutionRate * 100).toFixed(1) + '%';
    $('k-handed').textContent = summary.handedOff;
    $('k-abandoned').textContent = summary.abandoned;
    $('k-unresolved').textContent = summary.unresolved;
    $('k-open').textContent = summary.open;
    $('k-csat').textContent = csat(summary.csat);
    $('k-csat-count').textContent = summary.csat.count + ' 个评价';
    $('k-wait').textContent = seconds(summary.queueWait.medianSeconds) + ' / ' + seconds(summary.queueWait.p90Seconds);

    chart('chart-days').setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: summary.days.map((d) => d.date.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: outcomes.map(([key, name, color]) => ({
        name, type: 'bar', stack: 'outcome', itemStyle: { color }, data: summary.days.map((d) => d[key]),
      })),
    }, true);

    const reasons = Object.entries(summary.handoffReasons).filter(([, count]) => count > 0);
    chart('chart-reasons').setOption({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0 },
      title: reasons.length === 0 ? { text: '这段时间没有转人工', left: 'center', top: 'middle', textStyle: { color: '#666', fontSize: 14 } } : undefined,
      series: [{
        name: '转人工原因', type: 'pie', radius: ['35%', '65%'],
        data: reasons.map(([reason, count]) => ({ name: reasonNames[reason] || reason, value: count })),
      }],
    }, true);

    const intents = Object.entries(summary.intents).slice(0, 12).reverse();
    chart('chart-intents').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 110, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: intents.map(([intent]) => summary.intentNames[intent] || intent) },
      series: [{ name: '回合数', type: 'bar', itemStyle: { color: '#ff5000' }, data: intents.map(([, count]) => count) }],
    }, true);

    $('unanswered').replaceChildren(...summary.unanswered.map((q) => {
      const row = document.createElement('tr');
      row.append(cell(q.text), cell(String(q.count)), cell(summary.intentNames[q.intent] || q.intent));
      return row;
    }));
    $('unanswered-empty').hidden = summary.unanswered.length > 0;

    $('agents').replaceChildren(...summary.agents.map((a) => {
      const row = document.createElement('tr');
      row.append(cell(a.name), cell(String(a.chats)), cell(seconds(a.firstResponse.medianSeconds)),
        cell(seconds(a.handling.medianSeconds)), cell(csat(a.csat) + (a.csat.count ? '（' + a.csat.count + ' 个）' : '')));
      return row;
    }));
    $('agents-empty').hidden = summary.agents.length > 0;
    document.body.dataset.loaded = summary.from + '/' + summary.to;
  }

  async function load() {
    showNotice('');
    try {
      render(await (await call('/summary' + query())).json());
    } catch (error) {
      if (error.status === 401) signOut(error.message); else showNotice(error.message);
    }
  }

  async function exportCsv() {
    showNotice('');
    try {
      const blob = await (await call('/summary.csv' + query())).blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = '客服报表-' + $('from').value + '-' + $('to').value + '.csv';
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      showNotice(error.message);
    }
  }

  function shift(date, days) {
    const d = new Date(date + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  async function signIn(key) {
    sessionStorage.setItem(storageKey, key);
    const session = await (await call('/session')).json();
    $('who').textContent = session.name;
    $('sign-in').hidden = true;
    $('app').hidden = false;
    $('sign-out').hidden = false;
    if (!$('to').value) $('to').value = session.today;
    if (!$('from').value) $('from').value = shift(session.today, -6);
    await load();
  }

  function signOut(message) {
    sessionStorage.removeItem(storageKey);
    $('app').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    $('who').textContent = '';
    $('sign-in-error').textContent = message || '';
    $('sign-in-error').hidden = !message;
  }

  $('sign-in').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signIn($('key').value.trim());
    } catch (error) {
      signOut(error.message);
    }
  });
  $('sign-out').addEventListener('click', () => signOut(''));
  $('range').addEventListener('submit', (event) => { event.preventDefault(); load(); });
  $('export').addEventListener('click', exportCsv);
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

  if (sessionStorage.getItem(storageKey)) {
    signIn(sessionStorage.getItem(storageKey)).catch(() => signOut(''));
  }
}());
