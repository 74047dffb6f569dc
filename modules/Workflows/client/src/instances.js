// Instance list with filters and the counts per process and per step (Areas/Workflows/Pages/Instances/Index).
import './styles/workflows.css';
import { el, texts, flash, localTime, format, errorText } from './shared/dom.js';
import { listInstances, statistics, idList } from './shared/monitoring.js';
import { newestOnly } from './shared/newest.js';

const root = document.querySelector('[data-instances]');
if (root) {
  const t = texts(root);
  const filters = root.querySelector('[data-role="filters"]');
  const table = root.querySelector('[data-role="table"]');
  const empty = root.querySelector('[data-role="empty"]');
  const state = { page: 1, pageSize: 20, statistics: [] };
  const names = JSON.parse(root.dataset.processNames || '{}');
  const listNewest = newestOnly(listInstances);

  const statusBadge = instance => el('span', { class: `badge ${instance.hasIncident ? 'text-bg-danger' : instance.status === 'Completed' ? 'text-bg-success' : 'text-bg-primary'}` },
    instance.hasIncident ? t.incident : (t.status?.[instance.status] || instance.status));

  async function loadInstances() {
    const filter = Object.fromEntries(new FormData(filters));
    try {
      const answer = await listNewest({ ...filter, page: state.page, pageSize: state.pageSize });
      if (answer.stale) {
        return;
      }
      const result = answer.value;
      table.querySelector('tbody').replaceChildren(...result.items.map(i => el('tr', { dataset: { instanceId: i.id } },
        el('td', {}, el('a', { href: `/Workflows/Instances/Details?id=${i.id}` }, i.businessKey || i.id.slice(0, 8))),
        el('td', {}, names[i.processKey] || i.processKey, el('span', { class: 'text-muted small ms-1' }, `v${i.definitionVersion ?? ''}`)),
        el('td', {}, statusBadge(i)),
        el('td', { class: 'd-none d-md-table-cell small' }, idList(i.activeElementIds).join('、')),
        el('td', { class: 'text-nowrap d-none d-lg-table-cell' }, localTime(i.startTime)),
        el('td', { class: 'd-none d-lg-table-cell' }, i.startedBy || ''))));
      table.hidden = result.items.length === 0;
      empty.hidden = result.items.length !== 0;
      root.querySelector('[data-role="summary"]').textContent = result.totalCount ? format(t.summary, result.totalCount, result.page, Math.max(1, Math.ceil(result.totalCount / result.pageSize))) : '';
      root.querySelector('[data-action="previous"]').disabled = result.page <= 1;
      root.querySelector('[data-action="next"]').disabled = result.page * result.pageSize >= result.totalCount;
    } catch (error) {
      table.hidden = true;
      empty.hidden = false;
      flash(errorText(error, t), 'warning');
    }
  }

  async function loadCounts() {
    const area = root.querySelector('[data-role="process-counts"]');
    try {
      const counts = state.statistics = await statistics();
      area.replaceChildren(...counts.map(c => el('tr', {},
        el('td', {}, el('a', { href: '#', onclick: event => { event.preventDefault(); filters.processKey.value = c.processKey; state.page = 1; loadInstances(); loadSteps(c.processKey); } }, names[c.processKey] || c.processKey)),
        el('td', { class: 'text-end' }, c.active),
        el('td', { class: 'text-end' }, c.withIncidents),
        el('td', { class: 'text-end' }, c.completed ?? 0))));
      root.querySelector('[data-role="counts-empty"]').hidden = counts.length !== 0;
    } catch {
      root.querySelector('[data-role="counts-empty"]').hidden = false;
    }
  }

  async function loadSteps(processKey) {
    const area = root.querySelector('[data-role="step-counts"]');
    if (!processKey) {
      area.replaceChildren();
      return;
    }
    try {
      const steps = [...(state.statistics.find(c => c.processKey === processKey)?.steps || [])].sort((a, b) => b.count - a.count);
      const most = Math.max(1, ...steps.map(s => s.count));
      area.replaceChildren(el('h3', { class: 'h6 mt-3' }, format(t.stepsOf, names[processKey] || processKey)),
        ...steps.map(s => el('div', { class: 'mb-1 small' },
          el('div', { class: 'd-flex justify-content-between' }, el('a', { href: '#', onclick: event => { event.preventDefault(); filters.elementId.value = s.elementId; state.page = 1; loadInstances(); } }, s.elementId), el('span', {}, s.count)),
          el('div', { class: 'progress', style: 'height: .5rem' }, el('div', { class: 'progress-bar', style: `width: ${(100 * s.count) / most}%` })))));
    } catch (error) {
      area.replaceChildren(el('p', { class: 'text-muted small' }, errorText(error, t)));
    }
  }

  filters.addEventListener('submit', event => {
    event.preventDefault();
    state.page = 1;
    loadInstances();
    loadSteps(filters.processKey.value);
  });
  root.querySelector('[data-action="previous"]').addEventListener('click', () => { state.page--; loadInstances(); });
  root.querySelector('[data-action="next"]').addEventListener('click', () => { state.page++; loadInstances(); });
  loadInstances().catch(error => flash(errorText(error, t), 'danger'));
  loadCounts().then(() => loadSteps(filters.processKey.value));
}
