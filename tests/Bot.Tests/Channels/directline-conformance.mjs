// Drives this host with the unmodified botframework-directlinejs from npm, as Web Chat does with webSocket: false.
// Usage: node directline-conformance.mjs <baseUrl> <token> <userId>
// Prints one JSON object per line (status changes, activities, the post result) and exits 0 once the bot's reply to
// the posted message arrived, 1 on a timeout or an error.
import XMLHttpRequest from 'xhr2';

// directlinejs polls through RxJS ajax, which needs a browser XMLHttpRequest; it also names WebSocket even when off.
globalThis.XMLHttpRequest = XMLHttpRequest;
globalThis.WebSocket ??= class {};
const { DirectLine, ConnectionStatus } = await import('botframework-directlinejs');

const [baseUrl, token, userId] = process.argv.slice(2);
if (!baseUrl || !token || !userId) {
  console.error('usage: node directline-conformance.mjs <baseUrl> <token> <userId>');
  process.exit(2);
}

const print = (event, data) => console.log(JSON.stringify({ event, ...data }));
const finish = (code) => {
  directLine.end();
  process.exit(code);
};
setTimeout(() => {
  print('timeout', {});
  finish(1);
}, 20000);

const directLine = new DirectLine({
  domain: new URL('v3/directline', baseUrl).href,
  token,
  webSocket: false,
  pollingInterval: 200
});

let postedId = null;
directLine.connectionStatus$.subscribe((status) => print('status', { status: ConnectionStatus[status] }));
directLine.activity$.subscribe((activity) => {
  print('activity', {
    id: activity.id,
    type: activity.type,
    from: activity.from,
    text: activity.text,
    replyToId: activity.replyToId ?? null,
    clientActivityID: activity.channelData?.clientActivityID ?? null
  });
  if (postedId && activity.replyToId === postedId) {
    finish(0);
  }
});

directLine
  .postActivity({
    type: 'message',
    from: { id: userId, name: 'conformance' },
    text: '你好，机器人',
    locale: 'zh-CN',
    channelData: { clientActivityID: 'conformance-1' }
  })
  .subscribe(
    (id) => {
      postedId = id;
      print('posted', { id });
    },
    (error) => {
      print('postError', { status: error.status ?? null, message: String(error.message ?? error) });
      finish(1);
    }
  );
