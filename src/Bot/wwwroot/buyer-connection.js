// The buyer page's link to the host: one notice names whatever is wrong with it right now, and calls that meet a briefly
// unavailable or unreachable host are sent again. Text is only ever set with textContent.
(function () {
  'use strict';

  const notice = document.getElementById('notice');
  const SENDING = '网络开小差了，消息暂未发出，正在重试…';
  const RECONNECTING = '网络开小差了，正在重新连接客服…';
  const STREAM_LOST = '重新连接中…';

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = false;
    notice.dataset.trouble = '';
  }

  // What goes wrong while chatting, and the one notice that names the most pressing of it: a message not sent yet,
  // then the host answering "briefly unavailable" (503 with Retry-After, having stored nothing: the same call is
  // simply sent again), then the host or the live connection unreachable. The notice clears itself once all is well;
  // a notice that only a refresh can clear (set with showNotice) is never replaced by these.
  const trouble = {
    unsent: 0,
    unavailable: false,
    unreachable: false,
    streamLost: false,
    show: function () {
      const text = trouble.unsent > 0 ? SENDING
        : trouble.unavailable ? RECONNECTING
          : trouble.unreachable || trouble.streamLost ? STREAM_LOST : '';
      if (!notice.hidden && notice.dataset.trouble !== 'true') {
        return;
      }
      if (text) {
        showNotice(text);
        notice.dataset.trouble = 'true';
      } else if (notice.dataset.trouble === 'true') {
        notice.dataset.trouble = '';
        notice.hidden = true;
      }
    },
    set: function (changes) {
      Object.assign(trouble, changes);
      trouble.show();
    },
    reset: function () {
      trouble.set({ unsent: 0, unavailable: false, unreachable: false, streamLost: false });
    }
  };

  function retryDelay(retryAfter) {
    const seconds = Number(retryAfter);
    return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 30) * 1000 : 2000;
  }

  // The live connection (directlinejs's WebSocket): while it is down the page says so, and clears it once a new one opens.
  function trackedWebSocket(RealWebSocket, isCurrent) {
    return function (url) {
      const socket = new RealWebSocket(url);
      socket.addEventListener('open', function () {
        trouble.set({ streamLost: false });
      });
      socket.addEventListener('close', function () {
        if (isCurrent()) {
          trouble.set({ streamLost: true });
        }
      });
      return socket;
    };
  }

  async function fetchJson(url, options) {
    for (;;) {
      const response = await fetch(url, options);
      if (response.status === 503) {
        trouble.set({ unavailable: true });
        await new Promise((resolve) => setTimeout(resolve, retryDelay(response.headers.get('Retry-After'))));
        continue;
      }
      if (!response.ok) {
        throw new Error(url + ' → ' + response.status);
      }
      trouble.set({ unavailable: false, unreachable: false });
      return response.json();
    }
  }

  // botframework-directlinejs gives up on a 5xx: a failed poll stops reading replies for good and a failed post is
  // only marked for a manual resend; an unreachable host (restarting) makes it wait 20 s between reconnects. Its calls
  // all go through services.ajax, so 503s and unreachable hosts are retried there instead (a post is sent again with
  // its clientActivityID, which the host answers once).
  // A post the buyer is waiting on: a message, or a photo upload. A typing activity is never sent again late.
  function carriesMessage(request) {
    const body = request.body;
    return request.method === 'POST' && ((typeof FormData !== 'undefined' && body instanceof FormData) || (!!body && body.type === 'message'));
  }

  function isTyping(request) {
    return request.method === 'POST' && !!request.body && request.body.type === 'typing';
  }

  function retryOnUnavailable(ajax) {
    return function (request) {
      const first = ajax(request);
      const Observable = first.constructor;
      return new Observable(function (subscriber) {
        let current = null;
        let timer = 0;
        let closed = false;
        let unsent = false;
        function settle() {
          if (unsent) {
            unsent = false;
            trouble.set({ unsent: trouble.unsent - 1 });
          }
        }
        function attempt(source) {
          current = source.subscribe(
            function (value) {
              settle();
              trouble.set({ unavailable: false, unreachable: false });
              subscriber.next(value);
            },
            function (error) {
              if (closed || !error || (error.status !== 503 && error.status !== 0) || isTyping(request)) {
                settle();
                subscriber.error(error);
                return;
              }
              if (carriesMessage(request) && !unsent) {
                unsent = true;
                trouble.unsent++;
              }
              trouble.set(error.status === 0 ? { unreachable: true } : { unavailable: true });
              const retryAfter = error.status === 503 && error.xhr && error.xhr.getResponseHeader('Retry-After');
              timer = setTimeout(function () { attempt(ajax(request)); }, retryDelay(retryAfter));
            },
            function () { subscriber.complete(); }
          );
        }
        attempt(first);
        return function () {
          closed = true;
          settle();
          clearTimeout(timer);
          if (current) {
            current.unsubscribe();
          }
        };
      });
    };
  }

  window.BuyerConnection = {
    showNotice: showNotice,
    fetchJson: fetchJson,
    retryOnUnavailable: retryOnUnavailable,
    trackedWebSocket: trackedWebSocket,
    reset: function () {
      notice.hidden = true;
      trouble.reset();
    }
  };
})();
