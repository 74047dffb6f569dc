// Task inbox (Areas/Workflows/Pages/Tasks/Index): my tasks and my groups' tasks, claim and unclaim, overdue marking.
import './styles/workflows.css';
import { el, texts, flash, localTime, format, errorText } from './shared/dom.js';
import { listTasks, claimTask, unclaimTask, isOverdue } from './shared/tasks.js';
import { newestOnly } from './shared/newest.js';

const root = document.querySelector('[data-inbox]');
if (root) {
  const t = texts(root);
  const names = JSON.parse(root.dataset.processNames || '{}');
  const body = root.querySelector('[data-role="rows"]');
  const empty = root.querySelector('[data-role="empty"]');
  const table = root.querySelector('[data-role="table"]');
  const summary = root.querySelector('[data-role="summary"]');
  const state = { scope: root.dataset.scope || 'mine', search: '', page: 1, pageSize: 20 };
  const listNewest = newestOnly(listTasks);

  const action = (label, css, handler) => el('button', { type: 'button', class: `btn btn-sm ${css}`, onclick: async event => {
    event.target.disabled = true;
    try {
      await handler();
      await load();
    } catch (error) {
      flash(errorText(error, t), 'danger');
      event.target.disabled = false;
    }
  } }, label);

  const row = task => {
    const overdue = isOverdue(task);
    return el('tr', { dataset: { taskId: task.id }, class: overdue ? 'table-danger' : '' },
      el('td', {}, el('a', { href: `/Workflows/Tasks/Task?id=${task.id}` }, task.name || task.elementId),
        task.owner ? el('div', { class: 'small text-muted' }, format(t.delegatedBy, task.owner)) : null),
      el('td', { class: 'd-none d-md-table-cell' }, names[task.processKey] || task.processKey, task.businessKey ? el('div', { class: 'small text-muted' }, task.businessKey) : null),
      el('td', { class: 'text-nowrap' }, task.dueDate ? localTime(task.dueDate) : '—',
        overdue ? el('span', { class: 'badge text-bg-danger ms-1', 'data-role': 'overdue' }, t.overdue) : null),
      el('td', { class: 'd-none d-lg-table-cell' }, task.assignee || el('span', { class: 'text-muted' }, t.unassigned)),
      el('td', { class: 'text-nowrap d-none d-lg-table-cell' }, localTime(task.creationTime)),
      el('td', { class: 'text-end text-nowrap' },
        task.status === 'Open' && !task.assignee ? action(t.claim, 'btn-outline-primary', () => claimTask(task.id)) : null,
        task.status === 'Open' && task.assignee === root.dataset.userName ? action(t.unclaim, 'btn-outline-secondary ms-1', () => unclaimTask(task.id)) : null,
        el('a', { class: 'btn btn-sm btn-primary ms-1', href: `/Workflows/Tasks/Task?id=${task.id}` }, t.open)));
  };

  async function load() {
    try {
      const answer = await listNewest({ ...state });
      if (answer.stale) {
        return;
      }
      const result = answer.value;
      body.replaceChildren(...result.items.map(row));
      table.hidden = result.items.length === 0;
      empty.hidden = result.items.length !== 0;
      summary.textContent = result.totalCount ? format(t.summary, result.totalCount, result.page, Math.max(1, Math.ceil(result.totalCount / result.pageSize))) : '';
      root.querySelector('[data-action="previous"]').disabled = result.page <= 1;
      root.querySelector('[data-action="next"]').disabled = result.page * result.pageSize >= result.totalCount;
    } catch (error) {
      table.hidden = true;
      empty.hidden = false;
      flash(errorText(error, t), error.status === 404 ? 'warning' : 'danger');
    }
  }

  for (const tab of root.querySelectorAll('[data-scope]')) {
    tab.addEventListener('click', event => {
      event.preventDefault();
      root.querySelectorAll('[data-scope]').forEach(other => other.classList.toggle('active', other === tab));
      state.scope = tab.dataset.scope;
      state.page = 1;
      history.replaceState(null, '', tab.href);
      load();
    });
  }
  root.querySelector('[data-role="search"]').addEventListener('submit', event => {
    event.preventDefault();
    state.search = new FormData(event.target).get('search');
    state.page = 1;
    load();
  });
  root.querySelector('[data-action="previous"]').addEventListener('click', () => { state.page--; load(); });
  root.querySelector('[data-action="next"]').addEventListener('click', () => { state.page++; load(); });
  load();
}
