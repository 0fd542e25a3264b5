// What the parts of the agent console and of the desk on top of it share: finding and making elements (text only ever
// through textContent, never as HTML), the 'console:*' events the desk follows, and how times and priorities read.
window.AgentUi = (function () {
  'use strict';

  const PRIORITY = { normal: '普通', overdue: '超时未发货', complaint: '投诉' };
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function button(text, className, onClick) {
    const node = el('button', className, text);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  function emit(name, detail) {
    document.dispatchEvent(new CustomEvent('console:' + name, { detail: detail }));
  }

  function duration(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return m > 0 ? m + '分' + s + '秒' : s + '秒';
  }

  function clock(iso) {
    if (!iso) {
      return '';
    }
    const d = new Date(iso);
    return d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  return { PRIORITY: PRIORITY, $: $, el: el, button: button, emit: emit, duration: duration, clock: clock };
})();
