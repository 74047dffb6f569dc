// One instance (Areas/Workflows/Pages/Instances/Details): its diagram with completed, active and failed elements,
// variables, journal and incidents with retry.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './styles/workflows.css';
import { api } from './shared/api.js';
import { el, texts, flash, localTime, errorText } from './shared/dom.js';
import { getInstance, retryIncident, idList } from './shared/monitoring.js';
import translateModule from './i18n/translate.js';

const root = document.querySelector('[data-instance]');
if (root) {
  const t = texts(root);
  const id = root.dataset.instanceId;
  const viewer = new NavigatedViewer({ container: root.querySelector('[data-role="diagram"]'), additionalModules: [translateModule] });

  function highlight(active, completed, failed) {
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    const mark = (ids, marker) => ids.filter(e => registry.get(e)).forEach(e => canvas.addMarker(e, marker));
    mark(completed.filter(e => !active.includes(e)), 'portal-completed');
    mark(active, 'portal-active');
    mark(failed, 'portal-incident');
    root.querySelector('[data-role="diagram"]').dataset.active = active.join(' ');
  }

  function renderVariables(variables) {
    const rows = Object.entries(variables || {});
    root.querySelector('[data-role="variables"]').replaceChildren(...(rows.length === 0
      ? [el('tr', {}, el('td', { colspan: 2, class: 'text-muted' }, t.noVariables))]
      : rows.map(([name, value]) => el('tr', {}, el('th', { class: 'fw-normal' }, el('code', {}, name)),
        el('td', { class: 'text-break' }, typeof value === 'object' ? JSON.stringify(value) : String(value))))));
  }

  function renderJournal(entries) {
    root.querySelector('[data-role="journal"]').replaceChildren(...(entries.length === 0
      ? [el('tr', {}, el('td', { colspan: 4, class: 'text-muted' }, t.noJournal))]
      : entries.map(e => el('tr', {},
        el('td', { class: 'text-nowrap' }, localTime(e.time)),
        el('td', {}, e.elementName || e.elementId || ''),
        el('td', {}, t.kinds?.[e.kind] || e.kind, e.detail ? el('div', { class: 'small text-muted text-break' }, e.detail) : null),
        el('td', {}, e.actor || '')))));
  }

  function renderIncidents(incidents) {
    const open = incidents.filter(i => !i.resolvedTime);
    root.querySelector('[data-role="incident-count"]').textContent = open.length;
    root.querySelector('[data-role="incidents"]').replaceChildren(...(incidents.length === 0
      ? [el('li', { class: 'list-group-item text-muted' }, t.noIncidents)]
      : incidents.map(i => el('li', { class: 'list-group-item', dataset: { incidentId: i.id } },
        el('div', { class: 'd-flex flex-wrap gap-2 align-items-center' },
          el('code', {}, i.elementId), el('span', { class: 'small text-muted' }, localTime(i.creationTime)),
          i.resolvedTime
            ? el('span', { class: 'badge text-bg-success ms-auto' }, t.resolved)
            : el('button', { type: 'button', class: 'btn btn-sm btn-outline-danger ms-auto', onclick: async event => {
              event.target.disabled = true;
              try {
                await retryIncident(i.id);
                flash(t.retried);
                await load();
              } catch (error) {
                flash(errorText(error, t), 'danger');
                event.target.disabled = false;
              }
            } }, t.retry)),
        el('div', { class: 'small text-break' }, i.message)))));
    return open.map(i => i.elementId);
  }

  async function load() {
    const instance = await getInstance(id);
    const xml = await api(`/definitions/${instance.definitionId}/xml`, { raw: true });
    const journal = instance.journal || [];
    const incidents = instance.incidents || [];
    await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport', 'auto');
    const active = idList(instance.activeElementIds);
    const completed = instance.completedElementIds ? idList(instance.completedElementIds) : [...new Set(journal.map(e => e.elementId).filter(Boolean))];
    renderVariables(instance.variables);
    renderJournal(journal);
    highlight(active, completed, renderIncidents(incidents));
    root.querySelector('[data-role="status"]').textContent = t.status?.[instance.status] || instance.status;
    root.querySelector('[data-role="title"]').textContent = `${instance.definitionName || instance.processKey} v${instance.definitionVersion}` +
      (instance.businessKey ? ` · ${instance.businessKey}` : '');
  }

  load().catch(error => flash(errorText(error, t), 'danger'));
}
