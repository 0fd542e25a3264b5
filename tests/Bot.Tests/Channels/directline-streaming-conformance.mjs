// Drives this host with the unmodified botframework-directlinejs from npm over its default WebSocket stream, as Web Chat
// does with webSocket: true. Node has no global WebSocket: the `ws` package (a dependency of the lock file) stands in.
// Usage: node directline-streaming-conformance.mjs <baseUrl> <token> <userId>
// Prints one JSON object per line. Steps: post a message and wait for the bot's reply; post "慢慢想" and wait for a
// typing activity and then the reply ("stage":"dropping" asks the test to close the socket on the server and to add
// a message while it is down); wait for that message (it comes after directlinejs reconnected with its watermark);
// post a last message and wait for its reply, then exit 0. Exit 1 on a timeout or an error.
import XMLHttpRequest from 'xhr2';
import WebSocket from 'ws';

globalThis.XMLHttpRequest = XMLHttpRequest;
globalThis.WebSocket = WebSocket;
const { DirectLine, ConnectionStatus } = await import('botframework-directlinejs');

const [baseUrl, token, userId] = process.argv.slice(2);
if (!baseUrl || !token || !userId) {
  console.error('usage: node directline-streaming-conformance.mjs <baseUrl> <token> <userId>');
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
}, 60000);

const directLine = new DirectLine({ domain: new URL('v3/directline', baseUrl).href, token, webSocket: true });
directLine.connectionStatus$.subscribe((status) => print('status', { status: ConnectionStatus[status] }));

// An activity may arrive over the socket before the post that caused it returned, so waiting looks at what came first.
const seen = [];
const waiters = [];
const waitFor = (predicate) =>
  new Promise((resolve) => {
    const earlier = seen.find(predicate);
    if (earlier) {
      resolve(earlier);
    } else {
      waiters.push({ predicate, resolve });
    }
  });
directLine.activity$.subscribe((activity) => {
  seen.push(activity);
  print('activity', {
    id: activity.id ?? null,
    type: activity.type,
    from: activity.from,
    text: activity.text ?? null,
    replyToId: activity.replyToId ?? null,
    clientActivityID: activity.channelData?.clientActivityID ?? null
  });
  for (const waiter of [...waiters]) {
    if (waiter.predicate(activity)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(activity);
    }
  }
});

const post = (text, clientActivityID) =>
  new Promise((resolve, reject) =>
    directLine
      .postActivity({ type: 'message', from: { id: userId, name: 'conformance' }, text, locale: 'zh-CN', channelData: { clientActivityID } })
      .subscribe(
        (id) => {
          print('posted', { id, text });
          resolve(id);
        },
        (error) => reject(error)
      )
  );

try {
  const first = await post('你好，机器人', 'stream-1');
  await waitFor((a) => a.replyToId === first);
  print('stage', { stage: 'replied' });

  const typing = waitFor((a) => a.type === 'typing');
  const slow = await post('慢慢想', 'stream-2');
  await typing;
  print('stage', { stage: 'typing' });
  await waitFor((a) => a.replyToId === slow);

  const missed = waitFor((a) => a.text === '断线期间的消息');
  print('stage', { stage: 'dropping' });
  await missed;
  print('stage', { stage: 'resumed' });

  const last = await post('最后一句', 'stream-3');
  await waitFor((a) => a.replyToId === last);
  print('stage', { stage: 'done' });
  finish(0);
} catch (error) {
  print('error', { status: error?.status ?? null, message: String(error?.message ?? error) });
  finish(1);
}
