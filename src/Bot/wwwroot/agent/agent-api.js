// Calls to /api/agent with the signed-in key, and the notice that tells the agent what did not work.
window.AgentApi = function (app) {
  'use strict';

  const { $ } = window.AgentUi;

  // The host answers 503 (with Retry-After) while its storage is briefly down; nothing was changed, so the agent
  // can simply do it again. The notice goes away by itself with the next call that gets through.
  const OUTAGE = '网络开小差了，操作暂未完成，请稍后再试；系统恢复后本提示会自动消失。';
  let outageShown = false;

  class ApiError extends Error {
    constructor(status, body) {
      super(status === 503 ? OUTAGE : (body && body.error && body.error.message) || ('HTTP ' + status));
      this.status = status;
      this.body = body;
    }
  }

  async function api(method, path, body) {
    const headers = { Authorization: 'Bearer ' + app.state.key };
    const init = { method: method, headers: headers };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch('/api/agent' + path, init);
    if (response.status === 401) {
      app.signOut('密钥无效或已失效，请重新登录。');
      throw new ApiError(401, null);
    }
    if (response.status === 204) {
      return null;
    }
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      throw new ApiError(response.status, json);
    }
    recovered();
    return json;
  }

  // A call (or the event stream) got through: the outage notice, if one is up, goes.
  function recovered() {
    if (outageShown) {
      outageShown = false;
      notify('');
    }
  }

  function notify(text) {
    $('notice').textContent = text;
    $('notice').hidden = !text;
  }

  function showError(error) {
    if (error && error.status === 401) {
      return;
    }
    console.warn(error);
    outageShown = Boolean(error && error.status === 503);
    notify(error && error.message ? error.message : '操作失败，请重试。');
  }

  return { OUTAGE: OUTAGE, ApiError: ApiError, api: api, recovered: recovered, notify: notify, showError: showError };
};
