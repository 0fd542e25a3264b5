// Keys on the desk: Enter sends once the reply passed screening, Shift+Enter breaks the line and an IME composition is
// never sent; Alt+N claims the next buyer, Alt+1…9 pick a canned reply, Alt+H hands back, Alt+T opens 转给同事.
window.DeskKeys = function (desk, agent) {
  'use strict';

  const { $, el } = window.AgentUi;

  const help = el('p', 'shortcuts meta', 'Enter 发送 · Shift+Enter 换行 · Alt+N 接入下一位 · Alt+1…9 快捷回复 · Alt+H 转回机器人 · Alt+T 转给同事');
  help.id = 'shortcuts';
  $('reply-form').after(help);

  function onReplyKey(event) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) {
      return;
    }
    event.preventDefault();
    if (!$('send-button').disabled) {
      $('reply-form').requestSubmit();
    } else {
      agent.notify('回复还没通过合规检查（或为空），暂时不能发送。');
    }
  }

  function onShortcut(event) {
    desk.unlockAudio();
    if (!event.altKey || event.ctrlKey || event.metaKey || $('desk').hidden) {
      return;
    }
    const key = event.key.toLowerCase();
    const code = event.code || '';
    let handled = true;
    if (key === 'n' || code === 'KeyN') {
      $('claim-next').click();
    } else if (key === 'h' || code === 'KeyH') {
      if (!$('conversation').hidden) {
        $('handback-button').click();
      }
    } else if (key === 't' || code === 'KeyT') {
      if (!$('conversation').hidden) {
        desk.toggleTransfer();
      }
    } else if (/^Digit[1-9]$/.test(code)) {
      const chip = document.querySelectorAll('#canned .chip')[Number(code.slice(5)) - 1];
      if (chip) {
        chip.click();
        $('reply-text').focus();
      }
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  }

  document.addEventListener('keydown', onShortcut);
  $('reply-text').addEventListener('keydown', onReplyKey);

  return {};
};
