// Sound and desktop notifications on the desk: a short tone, and a notification while the tab is not in front once
// 开启提醒 has been granted.
window.DeskAlerts = function (desk) {
  'use strict';

  const { $, button } = window.AgentUi;

  const permission = button('开启提醒', 'plain', askPermission);
  permission.id = 'notify-permission';
  permission.title = '新买家排队、我的会话有新消息、会话即将超时时，发出桌面通知';
  permission.hidden = !('Notification' in window) || Notification.permission !== 'default';
  $('agent-bar').insertBefore(permission, $('sign-out'));

  function askPermission() {
    unlockAudio();
    Notification.requestPermission().then(() => {
      $('notify-permission').hidden = Notification.permission !== 'default';
    });
  }

  // Browsers let a page play sound only after the user did something on it.
  function unlockAudio() {
    if (!desk.audio && window.AudioContext) {
      desk.audio = new AudioContext();
    }
    if (desk.audio && desk.audio.state === 'suspended') {
      desk.audio.resume();
    }
  }

  function beep(high) {
    const audio = desk.audio;
    if (!audio || audio.state !== 'running') {
      return;
    }
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = high ? 1046 : 784;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.35);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.35);
  }

  function alertAgent(title, body, tag, high) {
    beep(high);
    if ('Notification' in window && Notification.permission === 'granted' && (document.hidden || !document.hasFocus())) {
      const notification = new Notification(title, { body: body, tag: tag });
      notification.onclick = () => {
        window.focus();
        notification.close();
      };
    }
  }

  document.addEventListener('pointerdown', unlockAudio);

  return { unlockAudio: unlockAudio, alertAgent: alertAgent };
};
