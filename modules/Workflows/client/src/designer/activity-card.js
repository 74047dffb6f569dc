// Service-task helper: pick one of the engine's activities (GET /api/workflows/activities) and fill its typed inputs.
import { api } from '../shared/api.js';
import { el } from '../shared/dom.js';
import { inputParameters, setInputParameter } from './extensions.js';

const SERVICE_TYPES = ['bpmn:ServiceTask', 'bpmn:SendTask'];

export class ActivityCard {
  constructor(modeler, root, t) {
    this.modeler = modeler;
    this.root = root;
    this.t = t;
    this.activities = [];
    this.element = null;
    api('/activities').then(list => {
      this.activities = list;
      this.render();
    }).catch(() => {});
    modeler.on('selection.changed', ({ newSelection }) => {
      this.element = newSelection.length === 1 && SERVICE_TYPES.includes(newSelection[0].type) ? newSelection[0] : null;
      this.render();
    });
  }

  render() {
    this.root.hidden = !this.element;
    if (!this.element) {
      return;
    }
    const bo = this.element.businessObject;
    const current = bo.get('camunda:class') || bo.get('camunda:topic') || '';
    const select = el('select', { class: 'form-select form-select-sm', id: 'activity-name', 'aria-label': this.t.activity },
      el('option', { value: '' }, this.t.chooseActivity),
      this.activities.map(a => el('option', { value: a.name, selected: a.name.toLowerCase() === current.toLowerCase() }, a.name)));
    select.addEventListener('change', () => {
      this.modeler.get('modeling').updateProperties(this.element, { 'camunda:class': select.value || undefined });
      this.render();
    });
    const activity = this.activities.find(a => a.name.toLowerCase() === current.toLowerCase());
    const values = Object.fromEntries(inputParameters(bo).map(p => [p.name, p.value || '']));
    const inputs = (activity?.inputs || []).map(input => {
      const id = `activity-input-${input.name}`;
      // Templates and JSON objects span lines.
      const multiline = input.name === 'template' || input.type === 'Json';
      const field = el(multiline ? 'textarea' : 'input', { class: 'form-control form-control-sm', id, rows: multiline ? 4 : undefined, placeholder: input.type });
      field.value = values[input.name] || '';
      field.addEventListener('change', () => setInputParameter(this.modeler, this.element, input.name, field.value.trim()));
      return el('div', { class: 'mb-2' },
        el('label', { class: 'form-label small mb-0', for: id }, input.name, input.required ? ' *' : '',
          el('span', { class: 'text-muted ms-1' }, `(${input.type})`)),
        field,
        input.description ? el('div', { class: 'form-text' }, input.description) : null);
    });
    this.root.replaceChildren(
      el('h2', { class: 'h6' }, this.t.activity),
      el('div', { class: 'mb-2' }, select),
      inputs);
  }
}
