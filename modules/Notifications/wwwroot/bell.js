// The notification bell (Pages/Shared/_NotificationBell): the unread count, refreshed every minute while the tab is
// visible, and the newest notices when the dropdown opens. Opening a notice marks it read, then follows its link.
(() => {
  const bell = document.querySelector('[data-notification-bell]');
  if (!bell) {
    return;
  }
  const api = '/api/notifications';
  const everyMs = 60000;
  const texts = JSON.parse(bell.dataset.bellTexts || '{}');
  const count = bell.querySelector('[data-bell-count]');
  const latest = bell.querySelector('[data-bell-latest]');
  const lang = document.documentElement.lang || 'zh-CN';
  let timer = null;

  const call = async (path, method = 'GET') => {
    const response = await fetch(api + path, { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    return response.json();
  };

  const showCount = unread => {
    count.hidden = unread === 0;
    count.textContent = unread > 99 ? '99+' : String(unread);
    count.title = (texts.unread || '{0}').replace('{0}', unread);
  };

  // Polls, opening the dropdown and "read all" can overlap; an answer that arrives after a newer request's is dropped,
  // so an old unread count or list never replaces a newer one.
  const asked = { count: 0, latest: 0 };

  const refreshCount = async () => {
    const ticket = ++asked.count;
    try {
      const unread = (await call('/unread-count')).unread;
      if (ticket === asked.count) {
        showCount(unread);
      }
    } catch {
      // A failed poll keeps the last count; the next one tries again.
    }
  };

  const schedule = () => {
    clearInterval(timer);
    timer = document.hidden ? null : setInterval(refreshCount, everyMs);
  };

  const line = (className, text) => {
    const element = document.createElement('div');
    element.className = className;
    element.textContent = text;
    return element;
  };

  const item = notice => {
    const link = document.createElement('a');
    link.href = notice.url || '/Notifications';
    link.className = 'list-group-item list-group-item-action' + (notice.readTime ? '' : ' list-group-item-primary');
    link.dataset.testid = 'bell-item';
    link.append(line('text-break' + (notice.readTime ? '' : ' fw-semibold'), notice.title));
    if (notice.body) {
      link.append(line('small text-break text-truncate', notice.body));
    }
    const time = new Date(notice.creationTime).toLocaleString(lang, { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });
    link.append(line('small text-muted', time));
    link.addEventListener('click', async event => {
      if (notice.readTime) {
        return;
      }
      event.preventDefault();
      try {
        await call(`/${notice.id}/read`, 'POST');
      } finally {
        window.location.href = link.href;
      }
    });
    return link;
  };

  const loadLatest = async () => {
    const ticket = ++asked.latest;
    let children;
    try {
      const page = await call(`?pageSize=${bell.dataset.latestCount || 5}`);
      children = page.items.length ? page.items.map(item) : [line('text-muted small p-3 text-center', texts.empty)];
    } catch {
      children = [line('text-danger small p-3', texts.failed)];
    }
    if (ticket === asked.latest) {
      latest.replaceChildren(...children);
    }
  };

  bell.addEventListener('show.bs.dropdown', () => {
    loadLatest();
    refreshCount();
  });
  bell.querySelector('[data-bell-read-all]').addEventListener('click', async () => {
    try {
      await call('/read-all', 'POST');
    } finally {
      await Promise.all([refreshCount(), loadLatest()]);
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      refreshCount();
    }
    schedule();
  });
  refreshCount();
  schedule();
})();
