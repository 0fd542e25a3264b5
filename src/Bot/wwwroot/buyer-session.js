// The buyer's chat for this tab: its token and conversation are kept in sessionStorage (one per tab, gone when the tab
// closes), so a reload rejoins the same conversation instead of starting a new one. A token close to its expiry is
// refreshed before use; one that can no longer be refreshed means a new chat.
(function () {
  'use strict';

  const KEY = 'shopbot.chat';
  const REFRESH_MARGIN_MS = 2 * 60 * 1000;

  function read() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || 'null');
    } catch (error) {
      return null;
    }
  }

  function save(session) {
    sessionStorage.setItem(KEY, JSON.stringify(session));
    return session;
  }

  window.BuyerSession = {
    // The kept chat of this buyer, or null (another buyer's chat, none, or expired).
    load: function (buyerId) {
      const session = read();
      return session && session.buyerId === buyerId && session.expiresAt > Date.now() ? session : null;
    },

    start: function (buyerId, buyer) {
      return save({
        buyerId: buyerId,
        userId: buyer.userId,
        userName: buyer.userName,
        conversationId: buyer.conversationId,
        token: buyer.token,
        expiresAt: Date.now() + buyer.expires_in * 1000
      });
    },

    // A token replaced by directlinejs's own refresh, or by refreshIfNeeded.
    renewed: function (session, token, expiresIn) {
      if (token === session.token) {
        return session;
      }
      session.token = token;
      session.expiresAt = Date.now() + expiresIn * 1000;
      return save(session);
    },

    refreshIfNeeded: async function (session, domain) {
      if (session.expiresAt - Date.now() > REFRESH_MARGIN_MS) {
        return session;
      }
      const response = await fetch(domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + session.token } });
      if (!response.ok) {
        return null;
      }
      const refreshed = await response.json();
      return this.renewed(session, refreshed.token, refreshed.expires_in);
    },

    clear: function () {
      sessionStorage.removeItem(KEY);
    }
  };
})();
