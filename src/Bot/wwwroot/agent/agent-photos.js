// Photos on the agent's desk: thumbnails fetched with the agent key (an <img src> cannot send it) and shown from blob:
// addresses, a dialog that opens one full size, and an image the agent sends to the buyer. Every node is built with
// createElement and textContent; nothing from the server or a buyer becomes HTML.
window.AgentPhotos = (function () {
  'use strict';

  const TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
  const KEPT = 200;
  // Keyed by agent key and address, so a photo loaded for one agent is never shown to another signed in after them.
  const loaded = new Map();
  let viewer = null;

  function load(url, key) {
    const id = key + ' ' + url;
    if (!loaded.has(id)) {
      const pending = fetch(url, { headers: { Authorization: 'Bearer ' + key } }).then(async (response) => {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        const blob = await response.blob();
        if (!TYPES.includes(blob.type)) {
          throw new Error('not an image: ' + blob.type);
        }
        return URL.createObjectURL(blob);
      });
      pending.catch(() => loaded.delete(id));
      loaded.set(id, pending);
      if (loaded.size > KEPT) {
        const [oldest, address] = loaded.entries().next().value;
        loaded.delete(oldest);
        address.then((blobUrl) => URL.revokeObjectURL(blobUrl), () => {});
      }
    }
    return loaded.get(id);
  }

  function openViewer(blobUrl) {
    if (!viewer) {
      viewer = document.createElement('dialog');
      viewer.id = 'photo-viewer';
      viewer.className = 'photo-viewer';
      const image = document.createElement('img');
      image.id = 'photo-full';
      image.alt = '原图';
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'plain photo-close';
      close.textContent = '关闭';
      close.addEventListener('click', () => viewer.close());
      viewer.addEventListener('click', (event) => {
        if (event.target === viewer || event.target === image) {
          viewer.close();
        }
      });
      viewer.append(close, image);
      document.body.appendChild(viewer);
    }
    viewer.querySelector('#photo-full').src = blobUrl;
    viewer.showModal();
  }

  // A row of thumbnails for [{contentType, url}]; each opens its image full size.
  function thumbnails(attachments, key) {
    const row = document.createElement('div');
    row.className = 'photos';
    for (const attachment of attachments) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'photo-thumb';
      button.title = '查看原图';
      button.dataset.url = attachment.url;
      const image = document.createElement('img');
      image.alt = '买家图片';
      button.appendChild(image);
      row.appendChild(button);
      load(attachment.url, key).then((blobUrl) => {
        image.src = blobUrl;
        button.addEventListener('click', () => openViewer(blobUrl));
      }, () => {
        button.replaceChildren(document.createTextNode('图片已过期或无权查看'));
        button.disabled = true;
      });
    }
    return row;
  }

  // Adds 发送图片 to the reply form: the chosen image goes to the open conversation as it is.
  function attachSender(options) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = TYPES.join(',');
    input.id = 'image-file';
    input.hidden = true;
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'image-button';
    button.className = 'plain';
    button.textContent = '发送图片';
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', async () => {
      const file = input.files && input.files[0];
      input.value = '';
      const conversationId = options.conversation();
      if (!file || !conversationId) {
        return;
      }
      if (!TYPES.includes(file.type)) {
        options.failed({ message: '只能发送 JPG、PNG、GIF 或 WebP 图片。' });
        return;
      }
      button.disabled = true;
      try {
        const response = await fetch('/api/agent/conversations/' + encodeURIComponent(conversationId) + '/images', {
          method: 'POST',
          headers: { Authorization: 'Bearer ' + options.key(), 'Content-Type': file.type },
          body: file
        });
        if (!response.ok) {
          const body = await response.json().catch(() => null);
          options.failed({
            status: response.status,
            message: response.status === 413 ? '图片太大了，请压缩后再发送。'
              : response.status === 415 ? '只能发送 JPG、PNG、GIF 或 WebP 图片。'
              : (body && body.error && body.error.message) || ('HTTP ' + response.status)
          });
          return;
        }
        await options.sent();
      } catch (error) {
        options.failed(error);
      } finally {
        button.disabled = false;
      }
    });
    options.place.append(input, button);
  }

  return { thumbnails: thumbnails, attachSender: attachSender };
})();
